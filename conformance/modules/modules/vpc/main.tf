locals {
  create = var.create_vpc

  n_public   = length(var.public_subnets)
  n_private  = length(var.private_subnets)
  n_database = length(var.database_subnets)

  # One NAT gateway for everything, one per zone, or one per private subnet.
  nat_count = var.single_nat_gateway ? 1 : var.one_nat_gateway_per_az ? length(var.azs) : local.n_private

  vpc_id = try(aws_vpc.this[0].id, "")

  # A zone may be given by name (eu-west-1a) or by id (euw1-az1).
  zone_is_name = [for z in var.azs : length(regexall("^[a-z]{2}-", z)) > 0]
}

resource "aws_vpc" "this" {
  count = local.create ? 1 : 0

  region = var.region

  cidr_block                       = var.cidr
  assign_generated_ipv6_cidr_block = var.enable_ipv6 ? true : null
  instance_tenancy                 = var.instance_tenancy
  enable_dns_hostnames             = var.enable_dns_hostnames
  enable_dns_support               = var.enable_dns_support

  tags = merge({ Name = var.name }, var.tags, var.vpc_tags)
}

resource "aws_internet_gateway" "this" {
  count = local.create && local.n_public > 0 && var.create_igw ? 1 : 0

  region = var.region
  vpc_id = local.vpc_id
  tags   = merge({ Name = var.name }, var.tags)
}

################################################################################
# Public subnets
################################################################################

resource "aws_subnet" "public" {
  count = local.create ? local.n_public : 0

  region = var.region
  vpc_id = local.vpc_id

  cidr_block              = var.public_subnets[count.index]
  availability_zone       = element(local.zone_is_name, count.index) ? element(var.azs, count.index) : null
  availability_zone_id    = element(local.zone_is_name, count.index) ? null : element(var.azs, count.index)
  map_public_ip_on_launch = var.map_public_ip_on_launch
  ipv6_cidr_block = (var.enable_ipv6 && length(var.public_subnet_ipv6_prefixes) > 0
    ? cidrsubnet(aws_vpc.this[0].ipv6_cidr_block, 8, var.public_subnet_ipv6_prefixes[count.index])
  : null)

  tags = merge(
    { Name = try(var.public_subnet_names[count.index], "${var.name}-public-${element(var.azs, count.index)}") },
    var.tags,
    var.public_subnet_tags,
  )
}

resource "aws_route_table" "public" {
  count = local.create && local.n_public > 0 ? 1 : 0

  region = var.region
  vpc_id = local.vpc_id
  tags   = merge({ Name = "${var.name}-public" }, var.tags)
}

resource "aws_route" "public_internet" {
  count = local.create && local.n_public > 0 && var.create_igw ? 1 : 0

  region                 = var.region
  route_table_id         = aws_route_table.public[0].id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this[0].id
}

resource "aws_route_table_association" "public" {
  count = local.create ? local.n_public : 0

  region         = var.region
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public[0].id
}

################################################################################
# Private subnets
################################################################################

resource "aws_subnet" "private" {
  count = local.create ? local.n_private : 0

  region = var.region
  vpc_id = local.vpc_id

  cidr_block           = var.private_subnets[count.index]
  availability_zone    = element(local.zone_is_name, count.index) ? element(var.azs, count.index) : null
  availability_zone_id = element(local.zone_is_name, count.index) ? null : element(var.azs, count.index)

  tags = merge(
    { Name = try(var.private_subnet_names[count.index], "${var.name}-private-${element(var.azs, count.index)}") },
    var.tags,
    var.private_subnet_tags,
  )
}

# One route table per NAT gateway (so each zone leaves through its own), else a single one.
resource "aws_route_table" "private" {
  count = local.create && local.n_private > 0 ? (var.enable_nat_gateway ? local.nat_count : 1) : 0

  region = var.region
  vpc_id = local.vpc_id
  tags = merge(
    { Name = var.single_nat_gateway || !var.enable_nat_gateway ? "${var.name}-private" : "${var.name}-private-${element(var.azs, count.index)}" },
    var.tags,
  )
}

resource "aws_route_table_association" "private" {
  count = local.create ? local.n_private : 0

  region         = var.region
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = element(aws_route_table.private[*].id, var.single_nat_gateway || !var.enable_nat_gateway ? 0 : count.index)
}

################################################################################
# Database subnets
################################################################################

resource "aws_subnet" "database" {
  count = local.create ? local.n_database : 0

  region = var.region
  vpc_id = local.vpc_id

  cidr_block        = var.database_subnets[count.index]
  availability_zone = element(var.azs, count.index)

  tags = merge({ Name = "${var.name}-db-${element(var.azs, count.index)}" }, var.tags, var.database_subnet_tags)
}

resource "aws_route_table_association" "database" {
  count = local.create && local.n_private > 0 ? local.n_database : 0

  region         = var.region
  subnet_id      = aws_subnet.database[count.index].id
  route_table_id = element(aws_route_table.private[*].id, var.single_nat_gateway || !var.enable_nat_gateway ? 0 : count.index)
}

resource "aws_db_subnet_group" "database" {
  count = local.create && local.n_database > 0 && var.create_database_subnet_group ? 1 : 0

  region      = var.region
  name        = lower(coalesce(var.database_subnet_group_name, var.name))
  description = "Database subnets of ${var.name}"
  subnet_ids  = aws_subnet.database[*].id
  tags        = var.tags
}

################################################################################
# NAT gateways
################################################################################

resource "aws_eip" "nat" {
  count = local.create && var.enable_nat_gateway ? local.nat_count : 0

  region = var.region
  domain = "vpc"
  tags   = merge({ Name = "${var.name}-nat-${element(var.azs, count.index)}" }, var.tags)

  depends_on = [aws_internet_gateway.this]
}

resource "aws_nat_gateway" "this" {
  count = local.create && var.enable_nat_gateway ? local.nat_count : 0

  region        = var.region
  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = element(aws_subnet.public[*].id, count.index)
  tags          = merge({ Name = "${var.name}-${element(var.azs, count.index)}" }, var.tags)

  lifecycle {
    precondition {
      condition     = local.n_public > 0
      error_message = "NAT gateways need public subnets: set public_subnets or enable_nat_gateway = false."
    }
  }
}

# Earlier versions of this module named the NAT addresses "nat_gateway".
moved {
  from = aws_eip.nat_gateway
  to   = aws_eip.nat
}

resource "aws_route" "private_nat" {
  count = local.create && var.enable_nat_gateway && local.n_private > 0 ? local.nat_count : 0

  region                 = var.region
  route_table_id         = aws_route_table.private[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.this[count.index].id
}

################################################################################
# Flow log (optional)
################################################################################

locals {
  create_flow_log = local.create && var.enable_flow_log
}

resource "aws_cloudwatch_log_group" "flow_log" {
  count = local.create_flow_log ? 1 : 0

  region            = var.region
  name              = "/aws/vpc-flow-log/${var.name}"
  retention_in_days = var.flow_log_retention_in_days
  tags              = var.tags
}

data "aws_iam_policy_document" "flow_log_assume" {
  count = local.create_flow_log ? 1 : 0

  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["vpc-flow-logs.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "flow_log" {
  count = local.create_flow_log ? 1 : 0

  name_prefix        = "${var.name}-flow-log-"
  assume_role_policy = data.aws_iam_policy_document.flow_log_assume[0].json
  tags               = var.tags
}

resource "aws_flow_log" "this" {
  count = local.create_flow_log ? 1 : 0

  region               = var.region
  vpc_id               = local.vpc_id
  traffic_type         = var.flow_log_traffic_type
  log_destination_type = "cloud-watch-logs"
  log_destination      = aws_cloudwatch_log_group.flow_log[0].arn
  iam_role_arn         = aws_iam_role.flow_log[0].arn
  tags                 = var.tags
}
