locals {
  # Flatten group → rules into one map so every rule is its own resource.
  ingress_rules_list = flatten([
    for group_key, group in var.groups : [
      for idx, rule in group.ingress : [
        # One entry per IPv4 CIDR ...
        [for cidr in rule.cidr_ipv4 : {
          key          = "${group_key}-${idx}-v4-${replace(cidr, "/", "_")}"
          group        = group_key
          rule         = rule
          cidr_ipv4    = cidr
          cidr_ipv6    = null
          prefix_list  = null
          source_group = null
        }],
        # ... one per IPv6 CIDR ...
        [for cidr in rule.cidr_ipv6 : {
          key          = "${group_key}-${idx}-v6-${md5(cidr)}"
          group        = group_key
          rule         = rule
          cidr_ipv4    = null
          cidr_ipv6    = cidr
          prefix_list  = null
          source_group = null
        }],
        # ... and one for a prefix list or a referenced group.
        rule.prefix_list_id != null || rule.source_group != null ? [{
          key          = "${group_key}-${idx}-ref"
          group        = group_key
          rule         = rule
          cidr_ipv4    = null
          cidr_ipv6    = null
          prefix_list  = rule.prefix_list_id
          source_group = rule.source_group
        }] : [],
      ]
    ]
  ])

  ingress_rules = { for r in local.ingress_rules_list : r.key => r }

  egress_groups = toset([for k, g in var.groups : k if g.allow_all_egress])

  rules_per_group = {
    for r in local.ingress_rules_list : r.group => r.key...
  }
}
