data "aws_region" "current" {}

data "aws_partition" "current" {}

# CloudWatch Logs copy of the trail, for metric filters and queries.
resource "aws_cloudwatch_log_group" "trail" {
  name              = "/aws/cloudtrail/${var.name}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = merge(var.tags, { Name = "/aws/cloudtrail/${var.name}", "cloudwright:component" = var.component_id })
}

# Role CloudTrail assumes to deliver events to the log group, allowed to write to this log group only.
# The trust policy is the documented one, without aws:SourceArn: AWS does not document that CloudTrail sends it
# when assuming this role, and a role can only be passed to a trail of its own account (iam:PassRole).
# https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-required-policy-for-cloudwatch-logs.html
data "aws_iam_policy_document" "assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "delivery" {
  statement {
    sid       = "DeliverToLogGroup"
    effect    = "Allow"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.trail.arn}:log-stream:*"]
  }
}

# IAM names are global to the account: the region keeps instances of the module in several regions apart.
resource "aws_iam_role" "cloudwatch" {
  name               = "${var.name}-trail-${data.aws_region.current.region}"
  description        = "CloudTrail trail ${var.name} delivers events to CloudWatch Logs."
  assume_role_policy = data.aws_iam_policy_document.assume.json

  tags = merge(var.tags, { Name = "${var.name}-trail-${data.aws_region.current.region}", "cloudwright:component" = var.component_id })
}

resource "aws_iam_role_policy" "cloudwatch" {
  name   = "deliver-to-log-group"
  role   = aws_iam_role.cloudwatch.id
  policy = data.aws_iam_policy_document.delivery.json
}

# Multi-Region trail of management events (read and write), data events when asked, with log file validation (digest files) and SSE-KMS.
# The bucket policy is the log bucket's concern (see s3_bucket_name); the key policy must allow CloudTrail.
resource "aws_cloudtrail" "this" {
  name                          = var.name
  s3_bucket_name                = var.s3_bucket_name
  kms_key_id                    = var.kms_key_arn
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  enable_logging                = true
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn     = aws_iam_role.cloudwatch.arn

  # Management events (reads and writes) of every service.
  advanced_event_selector {
    name = "Management events"

    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
  }

  # With data_events: object-level events of every S3 bucket but the trail's own (its deliveries would be recorded again),
  # and every Lambda invocation. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html
  dynamic "advanced_event_selector" {
    for_each = var.data_events ? [true] : []

    content {
      name = "S3 object-level events"

      field_selector {
        field  = "eventCategory"
        equals = ["Data"]
      }

      field_selector {
        field  = "resources.type"
        equals = ["AWS::S3::Object"]
      }

      field_selector {
        field           = "resources.ARN"
        not_starts_with = ["arn:${data.aws_partition.current.partition}:s3:::${var.s3_bucket_name}/"]
      }
    }
  }

  dynamic "advanced_event_selector" {
    for_each = var.data_events ? [true] : []

    content {
      name = "Lambda invocations"

      field_selector {
        field  = "eventCategory"
        equals = ["Data"]
      }

      field_selector {
        field  = "resources.type"
        equals = ["AWS::Lambda::Function"]
      }
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  # CloudTrail checks on creation that it can write to the log group.
  depends_on = [aws_iam_role_policy.cloudwatch]
}
