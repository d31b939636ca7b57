data "aws_partition" "current" {
  count = var.create ? 1 : 0
}

data "aws_caller_identity" "current" {
  count = var.create ? 1 : 0
}

data "aws_region" "current" {
  count  = var.create ? 1 : 0
  region = var.region
}

locals {
  create_service = var.create && var.create_service

  partition  = try(data.aws_partition.current[0].partition, "")
  account_id = try(data.aws_caller_identity.current[0].account_id, "")
  region     = try(data.aws_region.current[0].region, "")

  # With a capacity provider strategy the launch type must be left unset.
  uses_strategy = var.capacity_provider_strategy != null
  is_fargate    = !local.uses_strategy && var.launch_type == "FARGATE"

  security_group_ids = concat(var.security_group_ids, module.security_group[*].security_group_id)

  cluster_name = try(element(split("/", var.cluster_arn), 1), "")
}

################################################################################
# Containers and task definition
################################################################################

module "container_definition" {
  source   = "../container-definition"
  for_each = { for k, v in var.container_definitions : k => v if var.create && v.create }

  region  = var.region
  service = var.name

  name                     = coalesce(each.value.name, each.key)
  image                    = each.value.image
  essential                = each.value.essential
  cpu                      = each.value.cpu
  memory                   = each.value.memory
  command                  = each.value.command
  environment              = each.value.environment
  secrets                  = each.value.secrets
  port_mappings            = each.value.port_mappings
  health_check             = each.value.health_check
  readonly_root_filesystem = each.value.readonly_root_filesystem
  enable_execute_command   = var.enable_execute_command
  log_retention_in_days    = var.log_retention_in_days

  tags = var.tags
}

resource "aws_ecs_task_definition" "this" {
  count = var.create ? 1 : 0

  region = var.region

  family                   = var.name
  network_mode             = "awsvpc"
  requires_compatibilities = local.is_fargate ? ["FARGATE"] : ["EC2"]
  cpu                      = var.cpu
  memory                   = var.memory
  execution_role_arn       = try(aws_iam_role.task_exec[0].arn, var.task_exec_iam_role_arn)
  task_role_arn            = try(aws_iam_role.tasks[0].arn, var.tasks_iam_role_arn)

  container_definitions = jsonencode([for name, c in module.container_definition : c.container_definition])

  runtime_platform {
    cpu_architecture        = var.runtime_platform.cpu_architecture
    operating_system_family = var.runtime_platform.operating_system_family
  }

  tags = var.tags
}

################################################################################
# Service
################################################################################

resource "aws_ecs_service" "this" {
  count = local.create_service ? 1 : 0

  region = var.region

  name                   = var.name
  cluster                = var.cluster_arn
  task_definition        = aws_ecs_task_definition.this[0].arn
  desired_count          = var.desired_count
  launch_type            = local.uses_strategy ? null : var.launch_type
  enable_execute_command = var.enable_execute_command
  propagate_tags         = "SERVICE"

  deployment_maximum_percent         = var.deployment_maximum_percent
  deployment_minimum_healthy_percent = var.deployment_minimum_healthy_percent
  health_check_grace_period_seconds  = var.load_balancer != null ? var.health_check_grace_period_seconds : null

  dynamic "capacity_provider_strategy" {
    for_each = local.uses_strategy ? var.capacity_provider_strategy : {}
    content {
      capacity_provider = capacity_provider_strategy.value.capacity_provider
      weight            = capacity_provider_strategy.value.weight
      base              = capacity_provider_strategy.value.base
    }
  }

  dynamic "deployment_circuit_breaker" {
    for_each = var.deployment_circuit_breaker != null ? [var.deployment_circuit_breaker] : []
    content {
      enable   = deployment_circuit_breaker.value.enable
      rollback = deployment_circuit_breaker.value.rollback
    }
  }

  dynamic "load_balancer" {
    for_each = var.load_balancer != null ? var.load_balancer : {}
    content {
      target_group_arn = load_balancer.value.target_group_arn
      container_name   = load_balancer.value.container_name
      container_port   = load_balancer.value.container_port
    }
  }

  network_configuration {
    subnets          = var.subnet_ids
    security_groups  = local.security_group_ids
    assign_public_ip = var.assign_public_ip
  }

  tags = var.tags

  lifecycle {
    ignore_changes = [desired_count]
  }
}

module "security_group" {
  source = "../security-group"
  count  = var.create && var.create_security_group ? 1 : 0

  region        = var.region
  name          = var.name
  description   = "Tasks of service ${var.name}"
  vpc_id        = var.vpc_id
  ingress_rules = var.security_group_ingress_rules
  tags          = var.tags
}

################################################################################
# IAM: task execution role and task role
################################################################################

data "aws_iam_policy_document" "ecs_tasks_assume" {
  count = var.create ? 1 : 0

  statement {
    sid     = "ECSTasksAssumeRole"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:ecs:${local.region}:${local.account_id}:*"]
    }
  }
}

resource "aws_iam_role" "task_exec" {
  count = var.create && var.create_task_exec_iam_role ? 1 : 0

  name_prefix        = "${substr(var.name, 0, 20)}-exec-"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume[0].json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "task_exec" {
  count = var.create && var.create_task_exec_iam_role ? 1 : 0

  role       = aws_iam_role.task_exec[0].name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

data "aws_iam_policy_document" "task_exec_secrets" {
  count = var.create && var.create_task_exec_iam_role && length(var.task_exec_secret_arns) > 0 ? 1 : 0

  statement {
    actions   = ["secretsmanager:GetSecretValue", "ssm:GetParameters"]
    resources = var.task_exec_secret_arns
  }
}

resource "aws_iam_role_policy" "task_exec_secrets" {
  count = length(data.aws_iam_policy_document.task_exec_secrets)

  name_prefix = "secrets-"
  role        = aws_iam_role.task_exec[0].id
  policy      = data.aws_iam_policy_document.task_exec_secrets[0].json
}

resource "aws_iam_role" "tasks" {
  count = var.create && var.create_tasks_iam_role ? 1 : 0

  name_prefix        = "${substr(var.name, 0, 20)}-task-"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume[0].json
  tags               = var.tags
}

data "aws_iam_policy_document" "tasks" {
  count = var.create && var.create_tasks_iam_role && length(var.tasks_iam_role_statements) > 0 ? 1 : 0

  dynamic "statement" {
    for_each = var.tasks_iam_role_statements
    content {
      sid       = try(statement.value.sid, null)
      effect    = statement.value.effect
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}

resource "aws_iam_role_policy" "tasks" {
  count = length(data.aws_iam_policy_document.tasks)

  name_prefix = "task-"
  role        = aws_iam_role.tasks[0].id
  policy      = data.aws_iam_policy_document.tasks[0].json
}

################################################################################
# Autoscaling
################################################################################

resource "aws_appautoscaling_target" "this" {
  count = local.create_service && var.enable_autoscaling ? 1 : 0

  region = var.region

  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/${local.cluster_name}/${aws_ecs_service.this[0].name}"
  min_capacity       = var.autoscaling_min_capacity
  max_capacity       = var.autoscaling_max_capacity
  tags               = var.tags
}

resource "aws_appautoscaling_policy" "this" {
  for_each = { for k, v in var.autoscaling_policies : k => v if local.create_service && var.enable_autoscaling }

  region = var.region

  name               = "${var.name}-${each.key}"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[0].service_namespace
  scalable_dimension = aws_appautoscaling_target.this[0].scalable_dimension
  resource_id        = aws_appautoscaling_target.this[0].resource_id

  target_tracking_scaling_policy_configuration {
    target_value       = each.value.target_value
    scale_in_cooldown  = each.value.scale_in_cooldown
    scale_out_cooldown = each.value.scale_out_cooldown

    predefined_metric_specification {
      predefined_metric_type = each.value.predefined_metric_type
    }
  }
}
