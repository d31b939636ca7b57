locals {
  # { "roles/x|user:a@b" = { role = ..., member = ... } }
  project_members = {
    for pair in flatten([
      for role, members in var.project_iam_members : [
        for member in members : {
          role   = role
          member = member
        }
      ]
    ]) : "${pair.role}|${pair.member}" => pair
  }

  sa_project_roles = {
    for pair in flatten([
      for sa, cfg in var.service_accounts : [
        for role in cfg.project_roles : { sa = sa, role = role }
      ]
    ]) : "${pair.sa}|${pair.role}" => pair
  }

  sa_impersonators = merge([
    for sa, cfg in var.service_accounts : {
      for who in cfg.impersonators : "${sa}|${who}" => { sa = sa, member = who }
    }
  ]...)

  # Members grouped by role, for reporting.
  members_by_role = {
    for p in values(local.project_members) : p.role => p.member...
  }

  members_by_type = {
    for p in values(local.project_members) : split(":", p.member)[0] => p.member...
  }
}
