# ---------------------------------------------------------------- region settings

# Opt the services in, and let AWS Backup fully manage DynamoDB backups: that is
# what allows DynamoDB recovery points to be copied to another region.
resource "aws_backup_region_settings" "this" {
  resource_type_opt_in_preference = {
    "Aurora"   = true
    "DynamoDB" = true
    "RDS"      = true
    "S3"       = true
  }

  resource_type_management_preference = {
    "DynamoDB" = true
  }
}

# ---------------------------------------------------------------- vaults

resource "aws_backup_vault" "primary" {
  name        = "${var.name_prefix}-primary"
  kms_key_arn = var.kms_key_arn

  tags = {
    Name = "${var.name_prefix}-primary"
  }
}

# Copies land in the DR region under a key that lives there.
resource "aws_kms_key" "backup_dr" {
  provider = aws.dr

  description             = "${var.name_prefix}: backup copies in the disaster-recovery region"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  tags = {
    Name = "${var.name_prefix}-backup-dr"
  }
}

resource "aws_kms_alias" "backup_dr" {
  provider = aws.dr

  name          = "alias/${var.name_prefix}/backup-dr"
  target_key_id = aws_kms_key.backup_dr.key_id
}

resource "aws_backup_vault" "dr" {
  provider = aws.dr

  name        = "${var.name_prefix}-dr"
  kms_key_arn = aws_kms_key.backup_dr.arn

  tags = {
    Name = "${var.name_prefix}-dr"
  }
}

# ---------------------------------------------------------------- plan

resource "aws_backup_plan" "this" {
  name = var.backup_tag.value

  rule {
    rule_name                    = "daily"
    target_vault_name            = aws_backup_vault.primary.name
    schedule                     = "cron(0 3 * * ? *)"
    schedule_expression_timezone = "Europe/Dublin"
    start_window                 = 60
    completion_window            = 360

    lifecycle {
      delete_after = var.backup_retention_days
    }

    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn

      lifecycle {
        delete_after = var.dr_backup_retention_days
      }
    }

    recovery_point_tags = {
      Schedule = "daily"
    }
  }

  rule {
    rule_name                    = "weekly"
    target_vault_name            = aws_backup_vault.primary.name
    schedule                     = "cron(0 4 ? * SUN *)"
    schedule_expression_timezone = "Europe/Dublin"
    start_window                 = 60
    completion_window            = 480

    lifecycle {
      delete_after = 90
    }

    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn

      lifecycle {
        delete_after = 90
      }
    }

    recovery_point_tags = {
      Schedule = "weekly"
    }
  }

  tags = {
    Name = var.backup_tag.value
  }
}

# ---------------------------------------------------------------- selection

data "aws_iam_policy_document" "backup_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["backup.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "backup" {
  name               = "${var.name_prefix}-backup"
  description        = "AWS Backup service role of ${var.name_prefix}"
  assume_role_policy = data.aws_iam_policy_document.backup_assume.json
}

resource "aws_iam_role_policy_attachment" "backup" {
  for_each = toset([
    "AWSBackupServiceRolePolicyForBackup",
    "AWSBackupServiceRolePolicyForRestores",
  ])

  role       = aws_iam_role.backup.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/${each.key}"
}

resource "aws_backup_selection" "critical" {
  name         = "${var.name_prefix}-critical"
  plan_id      = aws_backup_plan.this.id
  iam_role_arn = aws_iam_role.backup.arn

  resources = [
    var.aurora_cluster_arn,
    var.cart_table_arn,
  ]

  depends_on = [aws_backup_region_settings.this]
}

resource "aws_backup_selection" "tagged" {
  name         = "${var.name_prefix}-tagged"
  plan_id      = aws_backup_plan.this.id
  iam_role_arn = aws_iam_role.backup.arn

  selection_tag {
    type  = "STRINGEQUALS"
    key   = var.backup_tag.key
    value = var.backup_tag.value
  }
}
