# VPC with three subnet tiers in every zone:
#   public  - load balancers and NAT gateways; routed to the internet gateway
#   private - application workloads; egress through the zone's NAT gateway (or the single one, or none)
#   data    - databases and caches; no route to the internet at all
# CIDR layout (positions are fixed per zone index, so append new zones at the end of var.azs):
#   private  cidrsubnet(cidr, 3, i)       - 1/8 of the VPC per zone, zones 0-5
#   public   cidrsubnet(cidr, 6, 48 + i)  - 1/64 of the VPC per zone, in the 7th eighth
#   data     cidrsubnet(cidr, 6, 56 + i)  - 1/64 of the VPC per zone, in the 8th eighth

locals {
  public_subnets  = { for i, az in var.azs : az => cidrsubnet(var.cidr, 6, 48 + i) }
  private_subnets = { for i, az in var.azs : az => cidrsubnet(var.cidr, 3, i) }
  data_subnets    = { for i, az in var.azs : az => cidrsubnet(var.cidr, 6, 56 + i) }

  # Zones that get a NAT gateway, and the NAT gateway each zone's private subnets use.
  nat_azs = var.nat_gateways == "per_az" ? var.azs : var.nat_gateways == "single" ? [var.azs[0]] : []
  nat_for = { for az in var.azs : az => var.nat_gateways == "per_az" ? az : var.azs[0] }
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

# The default security group is not used by anything in the design: strip all its rules so that a
# resource created without an explicit security group cannot talk to anything.
resource "aws_default_security_group" "this" {
  vpc_id = aws_vpc.this.id

  tags = merge(var.tags, { Name = "${var.name}-default-unused", "cloudwright:component" = var.component_id })
}

resource "aws_subnet" "public" {
  for_each = local.public_subnets

  vpc_id                  = aws_vpc.this.id
  availability_zone       = each.key
  cidr_block              = each.value
  map_public_ip_on_launch = false

  tags = merge(var.tags, { Name = "${var.name}-public-${each.key}", "cloudwright:component" = var.component_id })
}

resource "aws_subnet" "private" {
  for_each = local.private_subnets

  vpc_id            = aws_vpc.this.id
  availability_zone = each.key
  cidr_block        = each.value

  tags = merge(var.tags, { Name = "${var.name}-private-${each.key}", "cloudwright:component" = var.component_id })
}

resource "aws_subnet" "data" {
  for_each = local.data_subnets

  vpc_id            = aws_vpc.this.id
  availability_zone = each.key
  cidr_block        = each.value

  tags = merge(var.tags, { Name = "${var.name}-data-${each.key}", "cloudwright:component" = var.component_id })
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

# Public tier: one route table, default route to the internet gateway.
resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id

  tags = merge(var.tags, { Name = "${var.name}-public", "cloudwright:component" = var.component_id })
}

resource "aws_route" "public_internet" {
  route_table_id         = aws_route_table.public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this.id
}

resource "aws_route_table_association" "public" {
  for_each = local.public_subnets

  subnet_id      = aws_subnet.public[each.key].id
  route_table_id = aws_route_table.public.id
}

# NAT gateways in the public subnets of local.nat_azs.
resource "aws_eip" "nat" {
  for_each = toset(local.nat_azs)

  domain = "vpc"

  tags = merge(var.tags, { Name = "${var.name}-nat-${each.key}", "cloudwright:component" = var.component_id })

  depends_on = [aws_internet_gateway.this]
}

resource "aws_nat_gateway" "this" {
  for_each = toset(local.nat_azs)

  allocation_id = aws_eip.nat[each.key].id
  subnet_id     = aws_subnet.public[each.key].id

  tags = merge(var.tags, { Name = "${var.name}-${each.key}", "cloudwright:component" = var.component_id })

  depends_on = [aws_internet_gateway.this]
}

# Private tier: one route table per zone so that each zone egresses through its own NAT gateway.
resource "aws_route_table" "private" {
  for_each = toset(var.azs)

  vpc_id = aws_vpc.this.id

  tags = merge(var.tags, { Name = "${var.name}-private-${each.key}", "cloudwright:component" = var.component_id })
}

resource "aws_route" "private_nat" {
  for_each = var.nat_gateways == "none" ? toset([]) : toset(var.azs)

  route_table_id         = aws_route_table.private[each.key].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.this[local.nat_for[each.key]].id
}

resource "aws_route_table_association" "private" {
  for_each = local.private_subnets

  subnet_id      = aws_subnet.private[each.key].id
  route_table_id = aws_route_table.private[each.key].id
}

# Data tier: one route table without any route out of the VPC (only the local route and the
# gateway endpoints below).
resource "aws_route_table" "data" {
  vpc_id = aws_vpc.this.id

  tags = merge(var.tags, { Name = "${var.name}-data", "cloudwright:component" = var.component_id })
}

resource "aws_route_table_association" "data" {
  for_each = local.data_subnets

  subnet_id      = aws_subnet.data[each.key].id
  route_table_id = aws_route_table.data.id
}
