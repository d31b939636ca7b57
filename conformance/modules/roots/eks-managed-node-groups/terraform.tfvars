cluster_name    = "platform"
admin_role_arn  = "arn:aws:iam::123456789012:role/platform-admin"
viewer_role_arn = "arn:aws:iam::123456789012:role/platform-readonly"

node_groups = {
  system = {
    instance_types = ["m7g.large"]
    ami_type       = "AL2023_ARM_64_STANDARD"
    min_size       = 2
    max_size       = 4
    labels         = { role = "system" }
    taints = {
      critical = { key = "CriticalAddonsOnly", value = "true", effect = "NO_SCHEDULE" }
    }
  }
  general = {
    instance_types = ["m7i.xlarge", "m6i.xlarge"]
    min_size       = 3
    max_size       = 12
    desired_size   = 4
  }
  spot = {
    instance_types = ["c7i.2xlarge", "c6i.2xlarge", "c5.2xlarge"]
    capacity_type  = "SPOT"
    min_size       = 0
    max_size       = 20
  }
}

tags = {
  Owner = "platform-team"
}
