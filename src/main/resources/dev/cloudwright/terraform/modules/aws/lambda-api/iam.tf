data "aws_iam_policy_document" "assume" {
  statement {
    sid     = "LambdaAssume"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

# Execution role of the function. IAM is global: the name carries the region so that the same design deployed in two
# regions does not collide. Application permissions are attached by the caller.
resource "aws_iam_role" "function" {
  name                 = "${var.name}-${local.region}-function"
  description          = "Execution role of the ${var.name} function: logs, tracing, environment decryption, VPC access"
  assume_role_policy   = data.aws_iam_policy_document.assume.json
  max_session_duration = 3600

  tags = merge(var.tags, { Name = "${var.name}-${local.region}-function", "cloudwright:component" = var.component_id })
}

data "aws_iam_policy_document" "function" {
  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.function.arn}:log-stream:*"]
  }

  statement {
    # X-Ray actions have no resource-level permissions.
    sid       = "WriteTraces"
    actions   = ["xray:PutTelemetryRecords", "xray:PutTraceSegments", "xray:GetSamplingRules", "xray:GetSamplingTargets"]
    resources = ["*"]
  }

  dynamic "statement" {
    for_each = length(var.secret_arns) > 0 ? [values(var.secret_arns)] : []

    content {
      sid       = "ReadSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = statement.value
    }
  }

  dynamic "statement" {
    for_each = length(var.secret_arns) > 0 ? [var.kms_key_arn] : []

    content {
      # The secrets are encrypted with the region's key: decrypt through Secrets Manager only.
      sid       = "DecryptSecrets"
      actions   = ["kms:Decrypt"]
      resources = [statement.value]

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["secretsmanager.${local.region}.amazonaws.com"]
      }
    }
  }

  dynamic "statement" {
    for_each = length(merge(var.environment, var.secret_arns)) > 0 ? [var.kms_key_arn] : []

    content {
      sid       = "DecryptEnvironment"
      actions   = ["kms:Decrypt"]
      resources = [statement.value]

      condition {
        test     = "StringEquals"
        variable = "kms:EncryptionContext:aws:lambda:FunctionArn"
        values   = [local.function_arn]
      }
    }
  }

  dynamic "statement" {
    for_each = local.in_vpc ? [1] : []

    content {
      # Network interfaces for VPC access; these EC2 actions cannot be limited to resources created later.
      sid = "ManageVpcNetworkInterfaces"
      actions = [
        "ec2:AssignPrivateIpAddresses",
        "ec2:CreateNetworkInterface",
        "ec2:DeleteNetworkInterface",
        "ec2:DescribeNetworkInterfaces",
        "ec2:DescribeSubnets",
        "ec2:UnassignPrivateIpAddresses",
      ]
      resources = ["*"]
    }
  }
}

resource "aws_iam_role_policy" "function" {
  name   = "function-execution"
  role   = aws_iam_role.function.id
  policy = data.aws_iam_policy_document.function.json
}
