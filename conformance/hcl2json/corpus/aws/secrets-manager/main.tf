resource "random_password" "this" {
  for_each = { for k, s in var.secrets : k => s if s.generate_password }

  length           = each.value.password_length
  special          = true
  min_upper        = 2
  min_lower        = 2
  min_numeric      = 2
  min_special      = 1
  override_special = "!#%&*()-_=+[]{}<>:?"

  keepers = {
    # Changing the rotation period forces a new password.
    rotation = each.value.rotation_days
  }
}

resource "aws_secretsmanager_secret" "this" {
  for_each = var.secrets

  name                    = "${var.prefix}/${each.key}"
  description             = each.value.description
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_in_days

  dynamic "replica" {
    for_each = toset(each.value.replica_regions)
    content {
      region = replica.value
    }
  }

  tags = merge(var.tags, { Secret = each.key })
}

resource "aws_secretsmanager_secret_version" "this" {
  for_each = {
    for k, s in var.secrets : k => s
    if s.generate_password || s.initial_value != null
  }

  secret_id = aws_secretsmanager_secret.this[each.key].id
  secret_string = each.value.generate_password ? jsonencode({
    username = each.key
    password = random_password.this[each.key].result
  }) : jsonencode(each.value.initial_value)

  lifecycle {
    # Values are rotated out-of-band after the initial write.
    ignore_changes = [secret_string, version_stages]
  }
}

resource "aws_secretsmanager_secret_rotation" "this" {
  for_each = { for k, s in var.secrets : k => s if s.rotation_lambda_arn != null }

  secret_id           = aws_secretsmanager_secret.this[each.key].id
  rotation_lambda_arn = each.value.rotation_lambda_arn

  rotation_rules {
    automatically_after_days = each.value.rotation_days
  }
}

data "aws_iam_policy_document" "secret" {
  for_each = { for k, s in var.secrets : k => s if length(s.reader_role_arns) > 0 }

  statement {
    sid       = "AllowReaders"
    actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = each.value.reader_role_arns
    }
  }

  statement {
    sid       = "DenyOthers"
    effect    = "Deny"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }

    condition {
      test     = "StringNotLike"
      variable = "aws:PrincipalArn"
      values   = concat(each.value.reader_role_arns, ["arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/*AdministratorAccess*"])
    }
  }
}

resource "aws_secretsmanager_secret_policy" "this" {
  for_each   = data.aws_iam_policy_document.secret
  secret_arn = aws_secretsmanager_secret.this[each.key].arn
  policy     = each.value.json
}
