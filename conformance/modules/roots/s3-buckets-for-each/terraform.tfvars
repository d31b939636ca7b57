project = "analytics"

buckets = {
  raw = {
    versioned = true
    lifecycle_rules = [
      {
        id = "archive"
        transition = [
          { days = 30, storage_class = "STANDARD_IA" },
          { days = 180, storage_class = "GLACIER" },
        ]
        noncurrent_version_expiration = { days = 30 }
      },
    ]
  }
  curated = {
    versioned   = true
    kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/1f2e3d4c-aaaa-bbbb-cccc-000000000001"
    lifecycle_rules = [
      {
        id                                     = "intelligent"
        transition                             = { days = 0, storage_class = "INTELLIGENT_TIERING" }
        abort_incomplete_multipart_upload_days = 7
      },
    ]
  }
  scratch = {
    lifecycle_rules = [
      {
        id         = "expire"
        prefix     = "tmp/"
        expiration = { days = 3 }
      },
    ]
  }
}

tags = {
  Owner = "data-platform"
}
