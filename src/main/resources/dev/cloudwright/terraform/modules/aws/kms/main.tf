data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region
  is_replica = var.is_replica != null ? var.is_replica : var.replica_of != null
}

# Key policy. The same document is used for a primary key and for its replicas; the regional parts (the
# CloudWatch Logs principal, alarm and log-group ARNs) follow the region of the provider the module runs in.
#
# Services that act with the caller's own IAM identity (RDS, Aurora, DynamoDB, EBS, S3, Secrets Manager, SQS,
# ElastiCache, EKS, Lambda, AWS Backup, SNS for publishers in the account) need no statement of their own: the
# first statement delegates access to IAM, and those services create grants through the caller (kms:ViaService).
# AWS Backup in particular uses the backup role (AWSBackupServiceRolePolicyForBackup) and grants it creates on
# the vault key; the permissions in the role's IAM policy and in the key policy must be consistent:
# https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html
# https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault.html
data "aws_iam_policy_document" "key" {
  # Account administrators manage the key through IAM policies (default key policy).
  # https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
  statement {
    sid       = "EnableIamPolicies"
    effect    = "Allow"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  # CloudWatch Logs encrypts log groups of this account and region (flow logs, WAF, ECS, Lambda, EKS, CloudTrail).
  # https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
  statement {
    sid    = "AllowCloudWatchLogs"
    effect = "Allow"
    actions = [
      "kms:Encrypt*",
      "kms:Decrypt*",
      "kms:ReEncrypt*",
      "kms:GenerateDataKey*",
      "kms:Describe*",
    ]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["logs.${local.region}.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values   = ["arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:*"]
    }
  }

  # CloudTrail encrypts log and digest files of the account's trails. aws:SourceArn limits the service to trails
  # of this account (any region: a multi-Region trail is homed in one region).
  # https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
  statement {
    sid       = "AllowCloudTrailEncrypt"
    effect    = "Allow"
    actions   = ["kms:GenerateDataKey*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    condition {
      test     = "StringLike"
      variable = "kms:EncryptionContext:aws:cloudtrail:arn"
      values   = ["arn:${local.partition}:cloudtrail:*:${local.account_id}:trail/*"]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:cloudtrail:*:${local.account_id}:trail/*"]
    }
  }

  # CloudTrail reads the key's properties when a trail is created or updated. Principals of the account decrypt
  # log files through IAM (first statement), so no wildcard-principal decrypt statement is needed.
  # https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
  statement {
    sid       = "AllowCloudTrailDescribe"
    effect    = "Allow"
    actions   = ["kms:DescribeKey"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:cloudtrail:*:${local.account_id}:trail/*"]
    }
  }

  # CloudWatch alarms publish to SNS topics encrypted with this key; without this statement alarm notifications
  # to an encrypted topic are dropped. Limited to alarms of this account and region.
  # https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services
  # https://repost.aws/knowledge-center/cloudwatch-configure-alarm-sns
  statement {
    sid       = "AllowCloudWatchAlarmsToEncryptedTopics"
    effect    = "Allow"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:cloudwatch:${local.region}:${local.account_id}:alarm:*"]
    }
  }

  # EventBridge rules deliver to SNS topics and SQS queues encrypted with this key. AWS documents that
  # aws:SourceAccount / aws:SourceArn are not supported here, so the statement carries no condition; what
  # EventBridge may deliver to is still governed by the topic and queue resource policies.
  # https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services
  # https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-troubleshooting.html
  statement {
    sid       = "AllowEventBridgeToEncryptedTargets"
    effect    = "Allow"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
  }
}

resource "aws_kms_key" "this" {
  count = local.is_replica ? 0 : 1

  description             = var.description
  key_usage               = "ENCRYPT_DECRYPT"
  enable_key_rotation     = true
  multi_region            = var.multi_region
  deletion_window_in_days = var.deletion_window_days
  policy                  = data.aws_iam_policy_document.key.json

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

# A replica shares key material, rotation and key spec with its primary; its policy is set here because key
# policies are not replicated.
# https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-replicate.html
resource "aws_kms_replica_key" "this" {
  count = local.is_replica ? 1 : 0

  primary_key_arn         = var.replica_of
  description             = var.description
  deletion_window_in_days = var.deletion_window_days
  policy                  = data.aws_iam_policy_document.key.json

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

resource "aws_kms_alias" "this" {
  name          = "alias/${var.name}"
  target_key_id = local.is_replica ? aws_kms_replica_key.this[0].key_id : aws_kms_key.this[0].key_id
}
