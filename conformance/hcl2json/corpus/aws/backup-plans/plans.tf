resource "aws_backup_plan" "this" {
  for_each = var.plans
  name     = "${var.vault_name}-${each.key}"

  rule {
    rule_name                = each.key
    target_vault_name        = aws_backup_vault.this.name
    schedule                 = each.value.schedule
    schedule_expression_timezone = "UTC"
    start_window             = each.value.start_window_minutes
    completion_window        = each.value.completion_window_minutes
    enable_continuous_backup = each.value.continuous

    lifecycle {
      delete_after       = each.value.continuous ? min(each.value.retention_days, 35) : each.value.retention_days
      cold_storage_after = each.value.continuous ? null : each.value.cold_storage_after_days
    }

    dynamic "copy_action" {
      for_each = each.value.copy_to_dr ? aws_backup_vault.dr[*].arn : []
      content {
        destination_vault_arn = copy_action.value

        lifecycle {
          delete_after = coalesce(each.value.dr_retention_days, each.value.retention_days)
        }
      }
    }

    recovery_point_tags = merge(var.tags, {
      BackupPlan = each.key
    })
  }

  advanced_backup_setting {
    resource_type = "EC2"
    backup_options = {
      WindowsVSS = "enabled"
    }
  }

  tags = var.tags
}

data "aws_iam_policy_document" "backup_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["backup.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "backup" {
  name               = "${var.vault_name}-backup"
  assume_role_policy = data.aws_iam_policy_document.backup_assume.json
}

resource "aws_iam_role_policy_attachment" "backup" {
  for_each = toset([
    "service-role/AWSBackupServiceRolePolicyForBackup",
    "service-role/AWSBackupServiceRolePolicyForRestores",
    "AWSBackupServiceRolePolicyForS3Backup",
    "AWSBackupServiceRolePolicyForS3Restore",
  ])
  role       = aws_iam_role.backup.name
  policy_arn = "arn:aws:iam::aws:policy/${each.value}"
}

resource "aws_backup_selection" "this" {
  for_each = var.plans

  name         = "${each.key}-selection"
  plan_id      = aws_backup_plan.this[each.key].id
  iam_role_arn = aws_iam_role.backup.arn
  resources    = length(each.value.resource_arns) > 0 ? each.value.resource_arns : ["*"]

  dynamic "selection_tag" {
    for_each = each.value.selection_tags
    content {
      type  = "STRINGEQUALS"
      key   = selection_tag.key
      value = selection_tag.value
    }
  }

  condition {
    string_not_equals {
      key   = "aws:ResourceTag/BackupExclude"
      value = "true"
    }
  }
}
