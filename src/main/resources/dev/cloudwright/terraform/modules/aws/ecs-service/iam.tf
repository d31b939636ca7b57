locals {
  # IAM is global: role names carry the region so that the same design deployed in two regions does not collide.
  iam_name_prefix = "${var.name}-${local.region}"

  # Repository ARN of a private ECR image (account.dkr.ecr.region.amazonaws.com/repository[:tag|@digest]); null for
  # images from other registries, which need no ECR permissions.
  ecr_image          = try(regex("^([0-9]{12})\\.dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/([^:@]+)", var.container_image), null)
  ecr_repository_arn = local.ecr_image == null ? null : "arn:${local.partition}:ecr:${local.ecr_image[1]}:${local.ecr_image[0]}:repository/${local.ecr_image[2]}"

  # A valueFrom may end in :json-key:version-stage:version-id; IAM authorises the secret ARN itself (7 fields).
  secret_resource_arns = distinct([for arn in values(var.secret_arns) : join(":", slice(split(":", arn), 0, 7))])
}

data "aws_iam_policy_document" "execution_assume" {
  statement {
    sid     = "EcsTasksAssume"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

# Execution role: used by ECS and Fargate to pull the image, write the container logs and read the secrets.
resource "aws_iam_role" "execution" {
  name                 = "${local.iam_name_prefix}-execution"
  description          = "ECS task execution role of ${var.name}: image pull, logs, secrets"
  assume_role_policy   = data.aws_iam_policy_document.execution_assume.json
  max_session_duration = 3600

  tags = merge(var.tags, { Name = "${local.iam_name_prefix}-execution", "cloudwright:component" = var.component_id })
}

data "aws_iam_policy_document" "execution" {
  statement {
    sid       = "WriteContainerLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:log-stream:*"]
  }

  dynamic "statement" {
    for_each = local.ecr_repository_arn == null ? [] : [local.ecr_repository_arn]

    content {
      sid       = "PullImage"
      actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      resources = [statement.value]
    }
  }

  dynamic "statement" {
    for_each = local.ecr_repository_arn == null ? [] : [local.ecr_repository_arn]

    content {
      # GetAuthorizationToken has no resource-level permissions.
      sid       = "GetRegistryToken"
      actions   = ["ecr:GetAuthorizationToken"]
      resources = ["*"]
    }
  }

  dynamic "statement" {
    for_each = length(var.secret_arns) > 0 ? [local.secret_resource_arns] : []

    content {
      sid       = "ReadSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = statement.value
    }
  }

  dynamic "statement" {
    for_each = length(var.secret_arns) > 0 ? [var.kms_key_arn] : []

    content {
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
}

resource "aws_iam_role_policy" "execution" {
  name   = "task-execution"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

data "aws_iam_policy_document" "task_assume" {
  statement {
    sid     = "EcsTasksAssume"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    # Confused-deputy protection: only tasks of this account and region may assume the role.
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:ecs:${local.region}:${local.account_id}:*"]
    }
  }
}

# Task role: the application's identity. It has no permissions here; callers attach policies to it (task_role_arn).
resource "aws_iam_role" "task" {
  name                 = "${local.iam_name_prefix}-task"
  description          = "ECS task role of ${var.name} (application permissions are attached by the caller)"
  assume_role_policy   = data.aws_iam_policy_document.task_assume.json
  max_session_duration = 3600

  tags = merge(var.tags, { Name = "${local.iam_name_prefix}-task", "cloudwright:component" = var.component_id })
}
