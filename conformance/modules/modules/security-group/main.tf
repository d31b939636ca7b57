locals {
  create = var.create

  group_name = coalesce(var.name, "sg")
  group_id   = try(aws_security_group.this[0].id, null)

  # A rule's referenced group may be written "self" for the group being created.
  ingress = { for k, r in var.ingress_rules : k => r if local.create }
  egress  = { for k, r in var.egress_rules : k => r if local.create }
}

resource "aws_security_group" "this" {
  count = local.create ? 1 : 0

  region = var.region

  name        = var.use_name_prefix ? null : local.group_name
  name_prefix = var.use_name_prefix ? "${local.group_name}-" : null
  description = coalesce(var.description, "Managed by Terraform: ${local.group_name}")
  vpc_id      = var.vpc_id

  revoke_rules_on_delete = var.revoke_rules_on_delete

  tags = merge(var.tags, { Name = local.group_name })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "this" {
  for_each = local.ingress

  region            = var.region
  security_group_id = aws_security_group.this[0].id

  description                  = each.value.description
  ip_protocol                  = each.value.ip_protocol
  from_port                    = each.value.ip_protocol == "-1" ? null : coalesce(each.value.from_port, each.value.to_port)
  to_port                      = each.value.ip_protocol == "-1" ? null : coalesce(each.value.to_port, each.value.from_port)
  cidr_ipv4                    = each.value.cidr_ipv4
  cidr_ipv6                    = each.value.cidr_ipv6
  prefix_list_id               = each.value.prefix_list_id
  referenced_security_group_id = each.value.referenced_security_group_id == "self" ? aws_security_group.this[0].id : each.value.referenced_security_group_id

  tags = merge(var.tags, each.value.tags, { Name = "${local.group_name}-${each.key}" })
}

resource "aws_vpc_security_group_egress_rule" "this" {
  for_each = local.egress

  region            = var.region
  security_group_id = aws_security_group.this[0].id

  description                  = each.value.description
  ip_protocol                  = each.value.ip_protocol
  from_port                    = each.value.ip_protocol == "-1" ? null : each.value.from_port
  to_port                      = each.value.ip_protocol == "-1" ? null : each.value.to_port
  cidr_ipv4                    = each.value.cidr_ipv4
  cidr_ipv6                    = each.value.cidr_ipv6
  prefix_list_id               = each.value.prefix_list_id
  referenced_security_group_id = each.value.referenced_security_group_id == "self" ? aws_security_group.this[0].id : each.value.referenced_security_group_id

  tags = merge(var.tags, each.value.tags, { Name = "${local.group_name}-${each.key}" })
}
