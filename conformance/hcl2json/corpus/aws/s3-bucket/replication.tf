locals {
  replication_enabled = var.replication != null
}

resource "aws_iam_role" "replication" {
  count = local.replication_enabled ? 1 : 0
  name  = "s3-replication-${var.bucket_name}"

  assume_role_policy = <<-JSON
  {
    "Version": "2012-10-17",
    "Statement": [
      {
        "Action": "sts:AssumeRole",
        "Principal": {
          "Service": "s3.amazonaws.com"
        },
        "Effect": "Allow"
      }
    ]
  }
  JSON
}

resource "aws_iam_policy" "replication" {
  count = local.replication_enabled ? 1 : 0
  name  = "s3-replication-${var.bucket_name}"

  # Heredoc JSON with interpolation and a template conditional.
  policy = <<-POLICY
  {
    "Version": "2012-10-17",
    "Statement": [
      {
        "Effect": "Allow",
        "Action": ["s3:GetReplicationConfiguration", "s3:ListBucket"],
        "Resource": ["${aws_s3_bucket.this.arn}"]
      },
      {
        "Effect": "Allow",
        "Action": [
          "s3:GetObjectVersionForReplication",
          "s3:GetObjectVersionAcl",
          "s3:GetObjectVersionTagging"
        ],
        "Resource": ["${aws_s3_bucket.this.arn}/*"]
      },
      {
        "Effect": "Allow",
        "Action": ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
        "Resource": "${var.replication.destination_bucket_arn}/*"
      }%{ if var.kms_key_arn != null },
      {
        "Effect": "Allow",
        "Action": ["kms:Decrypt"],
        "Resource": "${var.kms_key_arn}"
      }%{ endif }%{ if var.replication.destination_kms_key_arn != null },
      {
        "Effect": "Allow",
        "Action": ["kms:Encrypt", "kms:GenerateDataKey"],
        "Resource": "${var.replication.destination_kms_key_arn}"
      }%{ endif }
    ]
  }
  POLICY
}

resource "aws_iam_role_policy_attachment" "replication" {
  count      = local.replication_enabled ? 1 : 0
  role       = aws_iam_role.replication[0].name
  policy_arn = aws_iam_policy.replication[0].arn
}

resource "aws_s3_bucket_replication_configuration" "this" {
  count  = local.replication_enabled ? 1 : 0
  bucket = aws_s3_bucket.this.id
  role   = aws_iam_role.replication[0].arn

  dynamic "rule" {
    for_each = { for i, p in var.replication.prefixes : i => p }
    content {
      id       = "replicate-${rule.key}"
      priority = rule.key
      status   = "Enabled"

      filter {
        prefix = rule.value
      }

      delete_marker_replication {
        status = var.replication.replicate_deletes ? "Enabled" : "Disabled"
      }

      source_selection_criteria {
        sse_kms_encrypted_objects {
          status = var.kms_key_arn != null ? "Enabled" : "Disabled"
        }
        replica_modifications {
          status = "Enabled"
        }
      }

      destination {
        bucket        = var.replication.destination_bucket_arn
        storage_class = var.replication.storage_class

        dynamic "encryption_configuration" {
          for_each = var.replication.destination_kms_key_arn[*]
          content {
            replica_kms_key_id = encryption_configuration.value
          }
        }

        replication_time {
          status = "Enabled"
          time {
            minutes = 15
          }
        }

        metrics {
          status = "Enabled"
          event_threshold {
            minutes = 15
          }
        }
      }
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]
}
