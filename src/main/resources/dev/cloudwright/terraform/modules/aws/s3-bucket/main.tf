locals {
  object_lock = var.object_lock_mode != null
  replicate   = var.replication_enabled

  # ELB access logs and S3 server access logs can only be written to SSE-S3 buckets; CloudFront standard logs (legacy)
  # are written with ACLs, so a bucket receiving them lets object writers keep ACLs (BucketOwnerPreferred).
  # https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
  # https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html (standard logging, legacy: bucket ACLs)
  sse_s3 = var.allow_access_logs
}

data "aws_partition" "current" {}

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

# object_lock_enabled is left to the provider (computed): the object lock configuration below turns object lock on, for a new
# bucket or an existing versioned one, so switching object_lock_mode on later does not replace the bucket.
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-configure.html (Enable Object Lock on an existing bucket)
resource "aws_s3_bucket" "this" {
  bucket        = var.bucket_name
  force_destroy = false

  tags = merge(var.tags, { Name = var.bucket_name, "cloudwright:component" = var.component_id })

  lifecycle {
    precondition {
      condition     = var.replication_enabled == (var.replication_destination_bucket_arn != null)
      error_message = "Set replication_enabled = true together with replication_destination_bucket_arn (and only then)."
    }
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket = aws_s3_bucket.this.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ACLs off: the bucket owner owns every object; except on an access-log bucket, where CloudFront's standard log delivery
# needs ACLs (it grants its awslogsdelivery account write access when the distribution is created) and the bucket owner
# still owns every object written with bucket-owner-full-control.
resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    object_ownership = var.allow_access_logs ? "BucketOwnerPreferred" : "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = local.sse_s3 ? "AES256" : "aws:kms"
      kms_master_key_id = local.sse_s3 ? null : var.kms_key_arn
    }
    bucket_key_enabled = !local.sse_s3
  }
}

resource "aws_s3_bucket_versioning" "this" {
  count = var.versioning ? 1 : 0

  bucket = aws_s3_bucket.this.id

  versioning_configuration {
    status = "Enabled"
  }
}

# Irreversible: once on, object lock cannot be turned off, and in COMPLIANCE mode no one can delete a version before its
# retention ends.
resource "aws_s3_bucket_object_lock_configuration" "this" {
  count = local.object_lock ? 1 : 0

  bucket              = aws_s3_bucket.this.id
  object_lock_enabled = "Enabled"

  rule {
    default_retention {
      mode = var.object_lock_mode
      days = var.object_lock_days
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]

  lifecycle {
    precondition {
      condition     = var.versioning
      error_message = "Object lock needs versioning = true."
    }

    precondition {
      condition     = var.object_lock_days >= 1
      error_message = "object_lock_days must be at least 1 when object_lock_mode is set."
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id

  # Every bucket: abandoned multipart uploads are removed after a week.
  rule {
    id     = "abort-incomplete-multipart-uploads"
    status = "Enabled"

    filter {}

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  dynamic "rule" {
    for_each = var.lifecycle_rules
    content {
      id     = rule.value.id
      status = "Enabled"

      filter {}

      dynamic "transition" {
        for_each = rule.value.transitions
        content {
          days          = transition.value.days
          storage_class = transition.value.storage_class
        }
      }

      dynamic "expiration" {
        for_each = coalesce(rule.value.expiration_days, 0) > 0 ? [rule.value.expiration_days] : []
        content {
          days = expiration.value
        }
      }

      dynamic "noncurrent_version_expiration" {
        for_each = coalesce(rule.value.noncurrent_expiration_days, 0) > 0 ? [rule.value.noncurrent_expiration_days] : []
        content {
          noncurrent_days = noncurrent_version_expiration.value
        }
      }
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]
}
