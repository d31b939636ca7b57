locals {
  has_private_endpoints = length(var.private_endpoints) > 0 && var.private_endpoint_subnet_id != null

  hns_enabled = contains(keys(var.private_endpoints), "dfs")

  # Turn each lifecycle rule's optional thresholds into a simple presence map,
  # used to decide which action blocks to render.
  lifecycle_rules = [
    for r in var.lifecycle_rules : merge(r, {
      has_base_actions = anytrue([
        r.cool_after_days != null,
        r.cold_after_days != null,
        r.archive_after_days != null,
        r.delete_after_days != null,
      ])
    })
  ]

  immutable_containers = [for name, c in var.containers : name if c.immutable]
}
