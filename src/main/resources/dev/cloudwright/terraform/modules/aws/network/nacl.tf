# Network ACL of the data subnets: a second, stateless boundary behind the security groups. Nothing in the public
# subnets (load balancers, NAT gateways) may reach the databases and caches, even if a security group were opened:
# the deny rules for the public subnets come first (lower rule numbers are evaluated first). The rest of the VPC (the
# application subnets, and the data subnets among themselves for replication) is allowed; outside the VPC only HTTPS
# out, to the gateway endpoints (the data route table has no other route), and the replies to it.
# https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
# https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html (rules evaluated in order, stateless: replies need rules)

locals {
  # Rule numbers: 100 + zone index for the public-subnet denies, then the allows.
  public_denies = { for i, az in var.azs : tostring(100 + i) => local.public_subnets[az] }
}

resource "aws_network_acl" "data" {
  vpc_id     = aws_vpc.this.id
  subnet_ids = [for az in var.azs : aws_subnet.data[az].id]

  dynamic "ingress" {
    for_each = local.public_denies

    content {
      rule_no    = tonumber(ingress.key)
      action     = "deny"
      protocol   = "-1"
      cidr_block = ingress.value
      from_port  = 0
      to_port    = 0
    }
  }

  ingress {
    rule_no    = 200
    action     = "allow"
    protocol   = "-1"
    cidr_block = var.cidr
    from_port  = 0
    to_port    = 0
  }

  # Replies to the data tier's own HTTPS calls through the gateway endpoints.
  ingress {
    rule_no    = 300
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 1024
    to_port    = 65535
  }

  dynamic "egress" {
    for_each = local.public_denies

    content {
      rule_no    = tonumber(egress.key)
      action     = "deny"
      protocol   = "-1"
      cidr_block = egress.value
      from_port  = 0
      to_port    = 0
    }
  }

  egress {
    rule_no    = 200
    action     = "allow"
    protocol   = "-1"
    cidr_block = var.cidr
    from_port  = 0
    to_port    = 0
  }

  egress {
    rule_no    = 300
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  tags = merge(var.tags, { Name = "${var.name}-data", "cloudwright:component" = var.component_id })
}
