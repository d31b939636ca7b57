locals {
  # IAM is global: role names carry the region so that the same design deployed in two regions does not collide.
  iam_name_prefix = "${var.name}-${local.region}"

  # Repository ARN of a private ECR image (account.dkr.ecr.region.amazonaws.com/repository[:tag|@digest]); null for
  # images from other registries, which need no ECR permissions.
  ecr_image          = try(regex("^([0-9]{12})\\.dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/([^:@]+)", var.container_image), null)
  ecr_repository_arn = local.ecr_image == null ? null : "arn:${local.partition}:ecr:${local.ecr_image[1]}:${local.ecr_image[0]}:repository/${local.ecr_image[2]}"

  # Built from names rather than resource attributes so that the scheduler's policy does not wait for the schedule.
  schedule_arn        = "arn:${local.partition}:scheduler:${local.region}:${local.account_id}:schedule/${var.name}/${var.name}"
  task_definition_arn = "arn:${local.partition}:ecs:${local.region}:${local.account_id}:task-definition/${var.name}:*"
  task_arn            = "arn:${local.partition}:ecs:${local.region}:${local.account_id}:task/${var.name}/*"
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

# Execution role: used by ECS and Fargate to pull the image and write the container logs.
resource "aws_iam_role" "execution" {
  name                 = "${local.iam_name_prefix}-execution"
  description          = "ECS task execution role of ${var.name}: image pull, logs"
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

# Task role: the job's identity. It has no permissions here; callers attach policies to it.
resource "aws_iam_role" "task" {
  name                 = "${local.iam_name_prefix}-task"
  description          = "ECS task role of ${var.name} (job permissions are attached by the caller)"
  assume_role_policy   = data.aws_iam_policy_document.task_assume.json
  max_session_duration = 3600

  tags = merge(var.tags, { Name = "${local.iam_name_prefix}-task", "cloudwright:component" = var.component_id })
}

data "aws_iam_policy_document" "scheduler_assume" {
  statement {
    sid     = "SchedulerAssume"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

# Scheduler role: lets EventBridge Scheduler start this task definition in this cluster, and nothing else.
resource "aws_iam_role" "scheduler" {
  name                 = "${local.iam_name_prefix}-scheduler"
  description          = "EventBridge Scheduler role of ${var.name}: runs the task"
  assume_role_policy   = data.aws_iam_policy_document.scheduler_assume.json
  max_session_duration = 3600

  tags = merge(var.tags, { Name = "${local.iam_name_prefix}-scheduler", "cloudwright:component" = var.component_id })
}

data "aws_iam_policy_document" "scheduler" {
  statement {
    sid       = "RunTask"
    actions   = ["ecs:RunTask"]
    resources = [local.task_definition_arn]

    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [aws_ecs_cluster.this.arn]
    }
  }

  statement {
    sid       = "TagStartedTasks"
    actions   = ["ecs:TagResource"]
    resources = [local.task_arn]

    condition {
      test     = "StringEquals"
      variable = "ecs:CreateAction"
      values   = ["RunTask"]
    }
  }

  statement {
    sid       = "PassTaskRoles"
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.execution.arn, aws_iam_role.task.arn]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }

  statement {
    sid       = "DecryptSchedule"
    actions   = ["kms:Decrypt"]
    resources = [var.kms_key_arn]

    condition {
      test     = "StringEquals"
      variable = "kms:EncryptionContext:aws:scheduler:schedule:arn"
      values   = [local.schedule_arn]
    }
  }
}

resource "aws_iam_role_policy" "scheduler" {
  name   = "run-task"
  role   = aws_iam_role.scheduler.id
  policy = data.aws_iam_policy_document.scheduler.json
}
