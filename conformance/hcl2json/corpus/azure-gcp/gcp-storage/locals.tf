locals {
  bucket_names = {
    for k, _ in var.buckets : k => lower("${var.name_prefix}-${k}")
  }

  # Default lifecycle: keep at most 3 noncurrent versions for 30 days.
  default_lifecycle_rules = [
    {
      action    = { type = "Delete", storage_class = null }
      condition = { num_newer_versions = 3, with_state = "ARCHIVED", age = null, created_before = null, matches_storage_class = null, matches_prefix = null, days_since_noncurrent_time = null }
    },
    {
      action    = { type = "Delete", storage_class = null }
      condition = { days_since_noncurrent_time = 30, with_state = null, age = null, created_before = null, matches_storage_class = null, matches_prefix = null, num_newer_versions = null }
    },
  ]

  # bucket/role => members, flattened for google_storage_bucket_iam_member.
  iam_members = flatten([
    for bucket, cfg in var.buckets : [
      for role, members in cfg.iam : [
        for m in members : {
          key    = "${bucket}/${role}/${m}"
          bucket = bucket
          role   = role
          member = m
        }
      ]
    ]
  ])
}
