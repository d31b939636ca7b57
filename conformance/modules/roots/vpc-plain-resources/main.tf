# A VPC written with plain resources, one subnet per zone keyed by zone name (for_each over a map built
# from the zones data source) and a route table per tier.

provider "aws" {
  region = var.region
}

data "aws_availability_zones" "available" {
  state         = "available"
  exclude_names = var.excluded_zones
}

locals {
  zones = slice(sort(data.aws_availability_zones.available.names), 0, min(3, length(data.aws_availability_zones.available.names)))

  # zone name => index, to number the CIDR blocks
  zone_index = { for i, z in local.zones : z => i }

  tiers = {
    public  = { newbits = 4, offset = 0, public = true }
    private = { newbits = 4, offset = 4, public = false }
  }

  subnets = merge([
    for tier, t in local.tiers : {
      for z, i in local.zone_index : "${tier}-${z}" => {
        tier   = tier
        zone   = z
        cidr   = cidrsubnet(var.cidr, t.newbits, t.offset + i)
        public = t.public
      }
    }
  ]...)
}

resource "aws_vpc" "main" {
  cidr_block           = var.cidr
  enable_dns_hostnames = true

  tags = { Name = var.name }
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "this" {
  for_each = local.subnets

  vpc_id                  = aws_vpc.main.id
  availability_zone       = each.value.zone
  cidr_block              = each.value.cidr
  map_public_ip_on_launch = each.value.public

  tags = { Name = "${var.name}-${each.key}", Tier = each.value.tier }
}

resource "aws_route_table" "tier" {
  for_each = local.tiers

  vpc_id = aws_vpc.main.id

  dynamic "route" {
    for_each = each.value.public ? [aws_internet_gateway.main.id] : []
    content {
      cidr_block = "0.0.0.0/0"
      gateway_id = route.value
    }
  }

  tags = { Name = "${var.name}-${each.key}" }
}

resource "aws_route_table_association" "this" {
  for_each = aws_subnet.this

  subnet_id      = each.value.id
  route_table_id = aws_route_table.tier[local.subnets[each.key].tier].id
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.${var.region}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [for rt in aws_route_table.tier : rt.id]
}

variable "region" {
  type    = string
  default = "ap-southeast-2"
}

variable "name" {
  type    = string
  default = "plain"
}

variable "cidr" {
  type    = string
  default = "172.16.0.0/16"
}

variable "excluded_zones" {
  type    = list(string)
  default = null
}

output "subnet_ids" {
  value = { for k, s in aws_subnet.this : k => s.id }
}
