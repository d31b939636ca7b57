# Security group of the function's network interfaces when it runs in a VPC. It accepts no inbound connections.
resource "aws_security_group" "this" {
  count = local.in_vpc ? 1 : 0

  name_prefix = "${var.name}-function-"
  description = "Lambda function ${var.name}"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-function", "cloudwright:component" = var.component_id })

  lifecycle {
    create_before_destroy = true
  }
}

# Egress: HTTPS anywhere, for AWS APIs through NAT or VPC endpoints and for HTTPS dependencies on the internet.
resource "aws_vpc_security_group_egress_rule" "https" {
  count = local.in_vpc ? 1 : 0

  security_group_id = aws_security_group.this[0].id
  description       = "HTTPS to AWS APIs and HTTPS services"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443

  tags = merge(var.tags, { Name = "${var.name}-https-out", "cloudwright:component" = var.component_id })
}

# Egress to data stores and internal services: the VPC when its CIDR is given, otherwise the private (RFC 1918)
# ranges a VPC is built from. The receiving security groups decide which connections they accept.
locals {
  internal_cidrs = var.vpc_cidr == null ? ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] : [var.vpc_cidr]
}

resource "aws_vpc_security_group_egress_rule" "internal" {
  for_each = toset(local.in_vpc ? local.internal_cidrs : [])

  security_group_id = aws_security_group.this[0].id
  description       = "TCP to data stores and services inside the network"
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535

  tags = merge(var.tags, { Name = "${var.name}-internal-out", "cloudwright:component" = var.component_id })
}
