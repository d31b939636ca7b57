# Replication of every object (and delete markers) to the destination bucket, re-encrypted there with the
# destination region's key, optionally with Replication Time Control.

locals {
  destination_bucket_arn = var.replication_destination_bucket_arn
  destination_region     = var.replication_destination_kms_key_arn != null ? split(":", var.replication_destination_kms_key_arn)[3] : local.region
}

data "aws_iam_policy_document" "replication_assume" {
  count = local.replicate ? 1 : 0

  statement {
    sid     = "S3Replication"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

data "aws_iam_policy_document" "replication" {
  count = local.replicate ? 1 : 0

  statement {
    sid       = "ReadReplicationConfiguration"
    actions   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
    resources = [aws_s3_bucket.this.arn]
  }

  statement {
    sid = "ReadSourceVersions"
    actions = [
      "s3:GetObjectVersionForReplication",
      "s3:GetObjectVersionAcl",
      "s3:GetObjectVersionTagging",
      "s3:GetObjectRetention",
      "s3:GetObjectLegalHold",
    ]
    resources = ["${aws_s3_bucket.this.arn}/*"]
  }

  statement {
    sid       = "WriteReplicas"
    actions   = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"]
    resources = ["${local.destination_bucket_arn}/*"]
  }

  statement {
    sid       = "DecryptSource"
    actions   = ["kms:Decrypt"]
    resources = [var.kms_key_arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.${local.region}.amazonaws.com"]
    }

    condition {
      test     = "StringLike"
      variable = "kms:EncryptionContext:aws:s3:arn"
      values   = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]
    }
  }

  statement {
    sid       = "EncryptReplicas"
    actions   = ["kms:Encrypt", "kms:GenerateDataKey"]
    resources = [var.replication_destination_kms_key_arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.${local.destination_region}.amazonaws.com"]
    }

    condition {
      test     = "StringLike"
      variable = "kms:EncryptionContext:aws:s3:arn"
      values   = [local.destination_bucket_arn, "${local.destination_bucket_arn}/*"]
    }
  }
}

resource "aws_iam_role" "replication" {
  count = local.replicate ? 1 : 0

  name_prefix        = "${substr(var.name, 0, min(length(var.name), 28))}-rep-"
  description        = "S3 replication of ${var.bucket_name}"
  assume_role_policy = data.aws_iam_policy_document.replication_assume[0].json

  tags = merge(var.tags, { Name = "${var.name}-replication", "cloudwright:component" = var.component_id })
}

resource "aws_iam_role_policy" "replication" {
  count = local.replicate ? 1 : 0

  name   = "replicate-${var.bucket_name}"
  role   = aws_iam_role.replication[0].id
  policy = data.aws_iam_policy_document.replication[0].json
}

resource "aws_s3_bucket_replication_configuration" "this" {
  count = local.replicate ? 1 : 0

  bucket = aws_s3_bucket.this.id
  role   = aws_iam_role.replication[0].arn

  rule {
    id       = "replicate-everything"
    status   = "Enabled"
    priority = 1

    filter {}

    delete_marker_replication {
      status = "Enabled"
    }

    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }

    destination {
      bucket        = local.destination_bucket_arn
      storage_class = "STANDARD"

      encryption_configuration {
        replica_kms_key_id = var.replication_destination_kms_key_arn
      }

      dynamic "replication_time" {
        for_each = var.replication_time_control ? [15] : []
        content {
          status = "Enabled"

          time {
            minutes = replication_time.value
          }
        }
      }

      dynamic "metrics" {
        for_each = var.replication_time_control ? [15] : []
        content {
          status = "Enabled"

          event_threshold {
            minutes = metrics.value
          }
        }
      }
    }
  }

  depends_on = [aws_s3_bucket_versioning.this, aws_iam_role_policy.replication]

  lifecycle {
    precondition {
      condition     = var.versioning
      error_message = "Replication needs versioning = true on the source bucket."
    }

    precondition {
      condition     = var.replication_destination_kms_key_arn != null
      error_message = "Replication needs replication_destination_kms_key_arn: replicas are encrypted with the destination region's key."
    }
  }
}
