locals {
  is_prod = var.environment == "prd"
  prefix  = "acme-${var.environment}"

  cidr_base = {
    dev = "10.10.0.0/16"
    stg = "10.20.0.0/16"
    prd = "10.30.0.0/16"
  }[var.environment]

  subnets = {
    "${local.prefix}-gke-${var.region}" = {
      region        = var.region
      ip_cidr_range = cidrsubnet(local.cidr_base, 4, 0)
      secondary_ranges = {
        pods     = cidrsubnet("100.64.0.0/10", 4, 0)
        services = cidrsubnet("100.64.0.0/10", 8, 16)
      }
      flow_logs = local.is_prod ? {} : null
    }
    "${local.prefix}-run-${var.region}" = {
      region        = var.region
      ip_cidr_range = cidrsubnet(local.cidr_base, 8, 32)
    }
    "${local.prefix}-proxy-${var.region}" = {
      region        = var.region
      ip_cidr_range = cidrsubnet(local.cidr_base, 8, 33)
      purpose       = "REGIONAL_MANAGED_PROXY"
      role          = "ACTIVE"
    }
  }

  # All secrets referenced by any service.
  all_secrets = toset(flatten([for s in values(var.services) : s.secrets]))

  project_iam_members = {
    for role, groups in transpose({
      for team, cfg in var.team_groups : "group:${cfg.group}" => cfg.roles
    }) : role => groups
  }

  path_rules = {
    (var.domain) = flatten([
      for name, s in var.services : [
        { paths = s.path_rules, backend = name }
      ] if length(s.path_rules) > 0
    ])
  }
}
