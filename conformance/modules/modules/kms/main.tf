data "aws_partition" "current" {
  count = var.create ? 1 : 0
}

data "aws_caller_identity" "current" {
  count = var.create ? 1 : 0
}

locals {
  create = var.create

  account_id = try(data.aws_caller_identity.current[0].account_id, "")
  partition  = try(data.aws_partition.current[0].partition, "")

  # alias/<name> for every alias, whether given with the prefix or without.
  aliases = { for a in var.aliases : a => startswith(a, "alias/") ? a : "alias/${a}" if local.create }
}

data "aws_iam_policy_document" "this" {
  count = local.create ? 1 : 0

  source_policy_documents   = var.source_policy_documents
  override_policy_documents = var.override_policy_documents

  dynamic "statement" {
    for_each = var.enable_default_policy ? [1] : []
    content {
      sid       = "Default"
      actions   = ["kms:*"]
      resources = ["*"]
      principals {
        type        = "AWS"
        identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
      }
    }
  }

  dynamic "statement" {
    for_each = length(var.key_administrators) > 0 ? [var.key_administrators] : []
    content {
      sid = "KeyAdministration"
      actions = [
        "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
        "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource",
        "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion",
      ]
      resources = ["*"]
      principals {
        type        = "AWS"
        identifiers = statement.value
      }
    }
  }

  dynamic "statement" {
    for_each = length(var.key_service_principals) > 0 ? [var.key_service_principals] : []
    content {
      sid       = "KeyServiceUsage"
      actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
      resources = ["*"]
      principals {
        type        = "Service"
        identifiers = statement.value
      }
    }
  }
}

resource "aws_kms_key" "this" {
  count = local.create ? 1 : 0

  region = var.region

  description              = var.description
  key_usage                = var.key_usage
  customer_master_key_spec = var.customer_master_key_spec
  enable_key_rotation      = var.customer_master_key_spec == "SYMMETRIC_DEFAULT" ? var.enable_key_rotation : null
  rotation_period_in_days  = var.customer_master_key_spec == "SYMMETRIC_DEFAULT" && var.enable_key_rotation ? var.rotation_period_in_days : null
  deletion_window_in_days  = var.deletion_window_in_days
  multi_region             = var.multi_region
  policy                   = data.aws_iam_policy_document.this[0].json

  tags = var.tags
}

resource "aws_kms_alias" "this" {
  for_each = local.aliases

  region        = var.region
  name          = each.value
  target_key_id = aws_kms_key.this[0].key_id
}
