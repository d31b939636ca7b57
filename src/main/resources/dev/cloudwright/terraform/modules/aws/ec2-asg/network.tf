resource "aws_security_group" "this" {
  name_prefix = "${var.name}-instance-"
  description = "Instances of ${var.name}"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-instance", "cloudwright:component" = var.component_id })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "from_alb" {
  security_group_id            = aws_security_group.this.id
  description                  = "Load balancer to the application port"
  referenced_security_group_id = var.alb_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = var.app_port
  to_port                      = var.app_port

  tags = merge(var.tags, { Name = "${var.name}-from-alb", "cloudwright:component" = var.component_id })
}

# Egress: HTTPS anywhere, for Systems Manager and other AWS APIs and the Amazon Linux repositories through NAT or VPC
# endpoints.
resource "aws_vpc_security_group_egress_rule" "https" {
  security_group_id = aws_security_group.this.id
  description       = "HTTPS to AWS APIs and package repositories"
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
  for_each = toset(local.internal_cidrs)

  security_group_id = aws_security_group.this.id
  description       = "TCP to data stores and services inside the network"
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535

  tags = merge(var.tags, { Name = "${var.name}-internal-out", "cloudwright:component" = var.component_id })
}
