data "aws_partition" "current" {}

data "aws_region" "current" {}

locals {
  partition = data.aws_partition.current.partition
  region    = data.aws_region.current.region
}

resource "aws_backup_vault" "this" {
  name        = var.name
  kms_key_arn = var.kms_key_arn

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

# Compliance-mode lock (a changeable_for_days value makes it compliance mode; 3 days is the minimum grace
# period). https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html
resource "aws_backup_vault_lock_configuration" "this" {
  count = var.vault_lock_days > 0 ? 1 : 0

  backup_vault_name   = aws_backup_vault.this.name
  changeable_for_days = 3
  min_retention_days  = var.vault_lock_days
}

# ---------------------------------------------------------------------------------------------------------
# Plan (primary region)
# ---------------------------------------------------------------------------------------------------------

# Continuous backups (point-in-time restore for Aurora, RDS and S3) are kept for at most 35 days; the variable
# validation enforces it. Copies of continuous backups to another vault are snapshots with their own lifecycle.
# https://docs.aws.amazon.com/aws-backup/latest/devguide/point-in-time-recovery.html
resource "aws_backup_plan" "this" {
  count = var.create_plan ? 1 : 0

  name = var.name

  rule {
    rule_name                    = "${var.name}-${var.continuous_backup ? "continuous" : "scheduled"}"
    target_vault_name            = aws_backup_vault.this.name
    schedule                     = var.schedule
    schedule_expression_timezone = "Etc/UTC"
    start_window                 = 60
    completion_window            = 480
    enable_continuous_backup     = var.continuous_backup
    recovery_point_tags          = merge(var.tags, { "cloudwright:component" = var.component_id })

    lifecycle {
      delete_after = var.retention_days
    }

    dynamic "copy_action" {
      for_each = var.copy_destination_vault_arn == null || var.copy_schedule != null ? [] : [var.copy_destination_vault_arn]

      content {
        destination_vault_arn = copy_action.value

        lifecycle {
          delete_after = var.copy_retention_days
        }
      }
    }
  }

  # Copies less often than backups (for example daily beside a cross-region replica): a snapshot rule of their own.
  dynamic "rule" {
    for_each = var.copy_destination_vault_arn != null && var.copy_schedule != null ? [var.copy_destination_vault_arn] : []

    content {
      rule_name                    = "${var.name}-copy"
      target_vault_name            = aws_backup_vault.this.name
      schedule                     = var.copy_schedule
      schedule_expression_timezone = "Etc/UTC"
      start_window                 = 60
      completion_window            = 1440
      recovery_point_tags          = merge(var.tags, { "cloudwright:component" = var.component_id })

      lifecycle {
        delete_after = var.copy_retention_days
      }

      copy_action {
        destination_vault_arn = rule.value

        lifecycle {
          delete_after = var.copy_retention_days
        }
      }
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

data "aws_iam_policy_document" "assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["backup.amazonaws.com"]
    }
  }
}

# IAM names are global to the account: the region keeps plans of several regions apart.
resource "aws_iam_role" "backup" {
  count = var.create_plan ? 1 : 0

  name               = "${var.name}-backup-${local.region}"
  description        = "AWS Backup plan ${var.name} backs up and restores the selected resources."
  assume_role_policy = data.aws_iam_policy_document.assume.json

  tags = merge(var.tags, { Name = "${var.name}-backup-${local.region}", "cloudwright:component" = var.component_id })
}

locals {
  # AWS managed policies for backup and restore; S3 buckets need their own pair.
  # https://docs.aws.amazon.com/aws-backup/latest/devguide/security-iam-awsmanpol.html
  backup_role_policies = {
    backup     = "arn:${local.partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"
    restore    = "arn:${local.partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores"
    s3_backup  = "arn:${local.partition}:iam::aws:policy/AWSBackupServiceRolePolicyForS3Backup"
    s3_restore = "arn:${local.partition}:iam::aws:policy/AWSBackupServiceRolePolicyForS3Restore"
  }
}

resource "aws_iam_role_policy_attachment" "backup" {
  for_each = { for k, arn in local.backup_role_policies : k => arn if var.create_plan }

  role       = aws_iam_role.backup[0].name
  policy_arn = each.value
}

resource "aws_backup_selection" "this" {
  count = var.create_plan && length(var.resource_arns) > 0 ? 1 : 0

  name         = "${var.name}-resources"
  plan_id      = aws_backup_plan.this[0].id
  iam_role_arn = aws_iam_role.backup[0].arn
  resources    = var.resource_arns

  depends_on = [aws_iam_role_policy_attachment.backup]
}
