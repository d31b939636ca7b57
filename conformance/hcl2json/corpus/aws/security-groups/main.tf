resource "aws_security_group" "this" {
  for_each = var.groups

  name        = "${var.environment}-${each.key}"
  description = each.value.description
  vpc_id      = var.vpc_id

  # Rules are managed by separate aws_vpc_security_group_*_rule resources.
  revoke_rules_on_delete = true

  tags = merge(var.tags, each.value.extra_tags, {
    Name = "${var.environment}-${each.key}"
  })

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [description]
  }
}

resource "aws_vpc_security_group_ingress_rule" "this" {
  for_each = local.ingress_rules

  security_group_id = aws_security_group.this[each.value.group].id
  description       = each.value.rule.description
  ip_protocol       = each.value.rule.protocol
  from_port         = each.value.rule.protocol == "-1" ? null : each.value.rule.from_port
  to_port = (
    each.value.rule.protocol == "-1"
    ? null
    : coalesce(each.value.rule.to_port, each.value.rule.from_port)
  )

  cidr_ipv4                    = each.value.cidr_ipv4
  cidr_ipv6                    = each.value.cidr_ipv6
  prefix_list_id               = each.value.prefix_list
  referenced_security_group_id = each.value.source_group == null ? null : aws_security_group.this[each.value.source_group].id

  tags = { Rule = each.key }
}

resource "aws_vpc_security_group_egress_rule" "all_v4" {
  for_each = local.egress_groups

  security_group_id = aws_security_group.this[each.key].id
  description       = "Allow all outbound IPv4"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "all_v6" {
  for_each = local.egress_groups

  security_group_id = aws_security_group.this[each.key].id
  description       = "Allow all outbound IPv6"
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}
