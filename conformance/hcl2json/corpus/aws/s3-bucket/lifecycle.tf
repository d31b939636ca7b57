resource "aws_s3_bucket_lifecycle_configuration" "this" {
  count  = length(var.lifecycle_rules) > 0 ? 1 : 0
  bucket = aws_s3_bucket.this.id

  dynamic "rule" {
    for_each = var.lifecycle_rules

    content {
      id     = rule.value.id
      status = rule.value.enabled ? "Enabled" : "Disabled"

      # Filter shape depends on how many predicates are set.
      dynamic "filter" {
        for_each = length(rule.value.tags) + (rule.value.prefix != null ? 1 : 0) + (rule.value.object_size_greater_than != null ? 1 : 0) <= 1 ? [1] : []
        content {
          prefix                   = rule.value.prefix
          object_size_greater_than = rule.value.object_size_greater_than

          dynamic "tag" {
            for_each = rule.value.tags
            content {
              key   = tag.key
              value = tag.value
            }
          }
        }
      }

      dynamic "filter" {
        for_each = length(rule.value.tags) + (rule.value.prefix != null ? 1 : 0) + (rule.value.object_size_greater_than != null ? 1 : 0) > 1 ? [1] : []
        content {
          and {
            prefix                   = rule.value.prefix
            object_size_greater_than = rule.value.object_size_greater_than
            tags                     = rule.value.tags
          }
        }
      }

      dynamic "transition" {
        for_each = rule.value.transitions
        content {
          days          = transition.value.days
          storage_class = transition.value.storage_class
        }
      }

      dynamic "noncurrent_version_transition" {
        for_each = rule.value.noncurrent_transitions
        content {
          noncurrent_days           = noncurrent_version_transition.value.days
          storage_class             = noncurrent_version_transition.value.storage_class
          newer_noncurrent_versions = noncurrent_version_transition.value.newer_versions
        }
      }

      dynamic "expiration" {
        for_each = rule.value.expiration_days[*]
        content {
          days = expiration.value
        }
      }

      dynamic "noncurrent_version_expiration" {
        for_each = rule.value.noncurrent_expiration_days == null ? [] : [rule.value.noncurrent_expiration_days]
        content {
          noncurrent_days = noncurrent_version_expiration.value
        }
      }

      abort_incomplete_multipart_upload {
        days_after_initiation = rule.value.abort_incomplete_multipart_days
      }
    }
  }

  # Lifecycle rules require versioning to be configured first.
  depends_on = [aws_s3_bucket_versioning.this]
}

# A static set of rules for the well-known "logs/" and "tmp/" prefixes. These are
# kept separate to show multiple literal rule blocks with different filter forms.
resource "aws_s3_bucket_lifecycle_configuration" "static_example" {
  count  = 0
  bucket = aws_s3_bucket.this.id

  rule {
    id     = "logs"
    status = "Enabled"

    filter {
      prefix = "logs/"
    }

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }

    expiration {
      days = 400
    }
  }

  rule {
    id     = "tmp"
    status = "Enabled"

    filter {
      and {
        prefix                   = "tmp/"
        object_size_greater_than = 1048576
        tags = {
          retention = "short"
          owner     = "batch"
        }
      }
    }

    expiration {
      days = 2
    }
  }

  rule {
    id     = "expired-delete-markers"
    status = "Enabled"
    filter {}

    expiration {
      expired_object_delete_marker = true
    }

    noncurrent_version_expiration {
      noncurrent_days           = 30
      newer_noncurrent_versions = 3
    }
  }
}
