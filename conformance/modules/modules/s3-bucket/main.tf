data "aws_partition" "current" {}

locals {
  create = var.create_bucket

  # Inputs typed `any` may arrive JSON-encoded (from wrappers that pass strings).
  lifecycle_rules = try(jsondecode(var.lifecycle_rule), var.lifecycle_rule)

  versioning_status = try(var.versioning["enabled"], false) ? "Enabled" : try(var.versioning["status"], "Suspended")

  sse_algorithm = try(var.server_side_encryption_configuration.kms_master_key_id, null) != null ? "aws:kms" : "AES256"

  attach_policy = var.attach_deny_insecure_transport_policy || var.attach_policy || length(var.cloudfront_distribution_arns) > 0
}

resource "aws_s3_bucket" "this" {
  count = local.create ? 1 : 0

  region = var.region

  bucket              = var.bucket
  bucket_prefix       = var.bucket_prefix
  force_destroy       = var.force_destroy
  object_lock_enabled = var.object_lock_enabled

  tags = var.tags

  lifecycle {
    precondition {
      condition     = var.bucket == null || var.bucket_prefix == null
      error_message = "Set bucket or bucket_prefix, not both."
    }
  }
}

resource "aws_s3_bucket_ownership_controls" "this" {
  count = local.create && var.control_object_ownership ? 1 : 0

  region = var.region
  bucket = aws_s3_bucket.this[0].id

  rule {
    object_ownership = var.object_ownership
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  count = local.create && var.attach_public_policy ? 1 : 0

  region = var.region
  bucket = aws_s3_bucket.this[0].id

  block_public_acls       = var.block_public_acls
  block_public_policy     = var.block_public_policy
  ignore_public_acls      = var.ignore_public_acls
  restrict_public_buckets = var.restrict_public_buckets
}

resource "aws_s3_bucket_versioning" "this" {
  count = local.create && length(keys(var.versioning)) > 0 ? 1 : 0

  region = var.region
  bucket = aws_s3_bucket.this[0].id

  versioning_configuration {
    status     = local.versioning_status
    mfa_delete = try(tobool(var.versioning["mfa_delete"]) ? "Enabled" : "Disabled", null)
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count = local.create && var.server_side_encryption_configuration != null ? 1 : 0

  region = var.region
  bucket = aws_s3_bucket.this[0].id

  rule {
    bucket_key_enabled = try(var.server_side_encryption_configuration.bucket_key_enabled, local.sse_algorithm == "aws:kms")

    apply_server_side_encryption_by_default {
      sse_algorithm     = local.sse_algorithm
      kms_master_key_id = try(var.server_side_encryption_configuration.kms_master_key_id, null)
    }
  }
}

resource "aws_s3_bucket_logging" "this" {
  count = local.create && length(keys(var.logging)) > 0 ? 1 : 0

  region        = var.region
  bucket        = aws_s3_bucket.this[0].id
  target_bucket = var.logging["target_bucket"]
  target_prefix = try(var.logging["target_prefix"], "logs/${var.bucket}/")
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  count = local.create && length(local.lifecycle_rules) > 0 ? 1 : 0

  region = var.region
  bucket = aws_s3_bucket.this[0].id

  dynamic "rule" {
    for_each = local.lifecycle_rules
    content {
      id     = try(rule.value.id, "rule-${rule.key}")
      status = try(rule.value.enabled, true) ? "Enabled" : "Disabled"

      # An empty filter applies the rule to every object.
      filter {
        prefix = try(rule.value.prefix, null)
      }

      dynamic "abort_incomplete_multipart_upload" {
        for_each = try([rule.value.abort_incomplete_multipart_upload_days], [])
        content {
          days_after_initiation = abort_incomplete_multipart_upload.value
        }
      }

      dynamic "transition" {
        for_each = try(flatten([rule.value.transition]), [])
        content {
          days          = try(transition.value.days, null)
          storage_class = transition.value.storage_class
        }
      }

      dynamic "expiration" {
        for_each = try(flatten([rule.value.expiration]), [])
        content {
          days = try(expiration.value.days, null)
        }
      }

      dynamic "noncurrent_version_expiration" {
        for_each = try(flatten([rule.value.noncurrent_version_expiration]), [])
        content {
          noncurrent_days = noncurrent_version_expiration.value.days
        }
      }
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]
}

################################################################################
# Bucket policy: TLS only, CloudFront access, and any extra statements
################################################################################

data "aws_iam_policy_document" "deny_insecure_transport" {
  count = local.create && var.attach_deny_insecure_transport_policy ? 1 : 0

  statement {
    sid     = "denyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.this[0].arn,
      "${aws_s3_bucket.this[0].arn}/*",
    ]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "cloudfront" {
  count = local.create && length(var.cloudfront_distribution_arns) > 0 ? 1 : 0

  statement {
    sid       = "AllowCloudFrontRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.this[0].arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = var.cloudfront_distribution_arns
    }
  }
}

data "aws_iam_policy_document" "combined" {
  count = local.create && local.attach_policy ? 1 : 0

  source_policy_documents = compact([
    var.attach_deny_insecure_transport_policy ? data.aws_iam_policy_document.deny_insecure_transport[0].json : "",
    length(var.cloudfront_distribution_arns) > 0 ? data.aws_iam_policy_document.cloudfront[0].json : "",
    var.attach_policy ? var.policy : "",
  ])
}

resource "aws_s3_bucket_policy" "this" {
  count = local.create && local.attach_policy ? 1 : 0

  region = var.region
  bucket = aws_s3_bucket.this[0].id
  policy = data.aws_iam_policy_document.combined[0].json

  depends_on = [aws_s3_bucket_public_access_block.this]
}

################################################################################
# Replication (optional)
################################################################################

resource "aws_s3_bucket_replication_configuration" "this" {
  count = local.create && var.replication_configuration != null ? 1 : 0

  region = var.region
  bucket = aws_s3_bucket.this[0].id
  role   = var.replication_configuration.role

  dynamic "rule" {
    for_each = var.replication_configuration.rules
    content {
      id       = rule.key
      status   = "Enabled"
      priority = rule.value.priority

      filter {
        prefix = rule.value.prefix
      }

      delete_marker_replication {
        status = rule.value.delete_marker_replication ? "Enabled" : "Disabled"
      }

      destination {
        bucket        = rule.value.destination_bucket_arn
        storage_class = rule.value.storage_class
      }
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]
}
