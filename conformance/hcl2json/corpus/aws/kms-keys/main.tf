data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account_root = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"

  # Parse role ARNs with the AWS provider function to derive account ids.
  user_accounts = {
    for name, k in var.keys : name => distinct([
      for arn in k.user_role_arns : provider::aws::arn_parse(arn).account_id
    ])
  }

  key_policies = {
    for name, k in var.keys : name => jsonencode({
      Version = "2012-10-17"
      Id      = "key-policy-${name}"
      Statement = concat(
        [
          {
            Sid       = "EnableRootAccount"
            Effect    = "Allow"
            Principal = { AWS = local.account_root }
            Action    = "kms:*"
            Resource  = "*"
          },
        ],
        length(k.admin_role_arns) == 0 ? [] : [
          {
            Sid       = "KeyAdministrators"
            Effect    = "Allow"
            Principal = { AWS = k.admin_role_arns }
            Action = [
              "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*",
              "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*",
              "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion",
            ]
            Resource = "*"
          },
        ],
        length(k.user_role_arns) == 0 ? [] : [
          {
            Sid       = "KeyUsers"
            Effect    = "Allow"
            Principal = { AWS = k.user_role_arns }
            Action    = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
            Resource  = "*"
          },
          {
            Sid       = "KeyUsersGrants"
            Effect    = "Allow"
            Principal = { AWS = k.user_role_arns }
            Action    = ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"]
            Resource  = "*"
            Condition = {
              Bool = { "kms:GrantIsForAWSResource" = "true" }
            }
          },
        ],
        [
          for svc in k.service_principals : {
            Sid       = "Service${title(replace(split(".", svc)[0], "-", ""))}"
            Effect    = "Allow"
            Principal = { Service = svc }
            Action    = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
            Resource  = "*"
            Condition = svc == "logs.${data.aws_region.current.name}.amazonaws.com" ? {
              ArnLike = {
                "kms:EncryptionContext:aws:logs:arn" = "arn:${data.aws_partition.current.partition}:logs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:*"
              }
            } : {
              StringEquals = {
                "aws:SourceAccount" = data.aws_caller_identity.current.account_id
              }
            }
          }
        ],
      )
    })
  }

  grants = merge([
    for name, k in var.keys : {
      for gname, g in k.grants : "${name}/${gname}" => merge(g, { key = name, grant_name = gname })
    }
  ]...)
}

resource "aws_kms_key" "this" {
  for_each = var.keys

  description              = each.value.description
  key_usage                = each.value.key_usage
  customer_master_key_spec = each.value.key_spec
  multi_region             = each.value.multi_region
  deletion_window_in_days  = each.value.deletion_window_in_days
  enable_key_rotation      = each.value.enable_rotation
  rotation_period_in_days  = each.value.enable_rotation ? each.value.rotation_period_days : null
  policy                   = local.key_policies[each.key]

  tags = merge(var.tags, { Alias = "${var.alias_prefix}/${each.key}" })

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_alias" "this" {
  for_each      = aws_kms_key.this
  name          = "${var.alias_prefix}/${each.key}"
  target_key_id = each.value.key_id
}

resource "aws_kms_grant" "this" {
  for_each = local.grants

  name              = each.value.grant_name
  key_id            = aws_kms_key.this[each.value.key].key_id
  grantee_principal = each.value.grantee_principal
  operations        = each.value.operations

  constraints {
    encryption_context_subset = {
      Grant = each.key
    }
  }
}
