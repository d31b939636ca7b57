// Legacy bastion group still uses inline rules generated with dynamic blocks.
// TODO(netops): migrate to standalone rule resources once the bastion is retired.

resource "aws_security_group" "legacy_bastion" {
  count = length(var.legacy_bastion_cidrs) > 0 ? 1 : 0

  name        = "${var.environment}-legacy-bastion"
  description = "Legacy SSH bastion"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = var.legacy_bastion_cidrs
    iterator = cidr

    content {
      description = "SSH from ${cidr.value}"
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = [cidr.value]
    }
  }

  dynamic "ingress" {
    for_each = { icmp_echo = 8, icmp_unreachable = 3 }
    content {
      description = ingress.key
      from_port   = ingress.value
      to_port     = -1
      protocol    = "icmp"
      cidr_blocks = var.legacy_bastion_cidrs
    }
  }

  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = merge(var.tags, { Name = "legacy-bastion", Deprecated = "true" })
}
