# Security groups for a three-tier application as a map of module calls whose rules refer to each
# other's groups (module.security_group["web"].security_group_id); the VPC is an existing one found by tag.

provider "aws" {
  region = "eu-central-1"
}

data "aws_vpc" "selected" {
  tags = { Name = var.vpc_name }
}

locals {
  groups = {
    lb = {
      description = "Public load balancer"
      ingress = {
        https = { from_port = 443, cidr_ipv4 = "0.0.0.0/0" }
        http  = { from_port = 80, cidr_ipv4 = "0.0.0.0/0" }
      }
    }
    web = {
      description = "Web servers"
      ingress = {
        from_lb = { from_port = 8080, source = "lb" }
      }
    }
    db = {
      description = "PostgreSQL"
      ingress = {
        from_web = { from_port = 5432, source = "web" }
        peers    = { from_port = 5432, referenced_security_group_id = "self" }
      }
    }
  }
}

module "security_group" {
  source   = "../../modules/security-group"
  for_each = local.groups

  name        = "${var.name}-${each.key}"
  description = each.value.description
  vpc_id      = data.aws_vpc.selected.id

  ingress_rules = {
    for rk, r in each.value.ingress : rk => {
      from_port                    = r.from_port
      cidr_ipv4                    = try(r.cidr_ipv4, null)
      referenced_security_group_id = try(r.referenced_security_group_id, null)
      description                  = "${each.key} ${rk}"
    }
    if try(r.source, null) == null
  }

  tags = { Application = var.name }
}

# Rules whose source is another group of the map are separate resources, so no group depends on itself.
resource "aws_vpc_security_group_ingress_rule" "between_groups" {
  for_each = merge([
    for gk, g in local.groups : {
      for rk, r in g.ingress : "${gk}-${rk}" => merge(r, { group = gk }) if try(r.source, null) != null
    }
  ]...)

  security_group_id            = module.security_group[each.value.group].security_group_id
  referenced_security_group_id = module.security_group[each.value.source].security_group_id
  ip_protocol                  = "tcp"
  from_port                    = each.value.from_port
  to_port                      = each.value.from_port
  description                  = "from ${each.value.source}"
}

variable "name" {
  type    = string
  default = "shop"
}

variable "vpc_name" {
  type    = string
  default = "main"
}

output "security_group_ids" {
  value = { for k, m in module.security_group : k => m.security_group_id }
}
