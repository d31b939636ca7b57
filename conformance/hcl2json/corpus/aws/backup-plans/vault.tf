resource "aws_backup_vault" "this" {
  name          = var.vault_name
  kms_key_arn   = var.kms_key_arn
  force_destroy = false
  tags          = var.tags
}

resource "aws_backup_vault" "dr" {
  provider    = aws.dr
  count       = anytrue([for p in values(var.plans) : p.copy_to_dr]) ? 1 : 0
  name        = "${var.vault_name}-dr"
  kms_key_arn = var.dr_kms_key_arn
  tags        = var.tags
}

resource "aws_backup_vault_lock_configuration" "this" {
  count = var.vault_lock != null ? 1 : 0

  backup_vault_name   = aws_backup_vault.this.name
  min_retention_days  = var.vault_lock.min_retention_days
  max_retention_days  = var.vault_lock.max_retention_days
  changeable_for_days = var.vault_lock.changeable_for_days
}

resource "aws_backup_vault_notifications" "this" {
  count = var.notification_topic_arn == null ? 0 : 1

  backup_vault_name = aws_backup_vault.this.name
  sns_topic_arn     = var.notification_topic_arn
  backup_vault_events = [
    "BACKUP_JOB_FAILED",
    "BACKUP_JOB_EXPIRED",
    "RESTORE_JOB_COMPLETED",
    "COPY_JOB_FAILED",
    "S3_BACKUP_OBJECT_FAILED",
  ]
}

resource "aws_backup_vault_policy" "this" {
  backup_vault_name = aws_backup_vault.this.name

  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "DenyRecoveryPointDeletion",
          "Effect": "Deny",
          "Principal": "*",
          "Action": [
            "backup:DeleteRecoveryPoint",
            "backup:UpdateRecoveryPointLifecycle",
            "backup:PutBackupVaultAccessPolicy"
          ],
          "Resource": "*",
          "Condition": {
            "StringNotLike": {
              "aws:PrincipalArn": "arn:aws:iam::*:role/backup-admin"
            }
          }
        }
      ]
    }
  POLICY
}
