locals {
  workload_pool = "${var.project_id}.svc.id.goog"

  # Pool-specific Kubernetes labels including the spot marker.
  node_pools = {
    for name, p in var.node_pools : name => merge(p, {
      labels = merge(p.labels, { "pool" = name }, p.spot ? { "cloud.google.com/gke-spot" = "true" } : {})
      taints = concat(
        p.taints,
        p.guest_accelerator != null ? [{ key = "nvidia.com/gpu", value = "present", effect = "NO_SCHEDULE" }] : [],
      )
    })
  }

  wi_roles = flatten([
    for ksa, b in var.workload_identity_bindings : [
      for role in b.roles : {
        key  = "${ksa}|${role}"
        ksa  = ksa
        role = role
      }
    ]
  ])

  oauth_scopes = ["https://www.googleapis.com/auth/cloud-platform"]
}
