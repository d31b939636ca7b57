locals {
  create = var.create
}

resource "aws_ecs_cluster" "this" {
  count = local.create ? 1 : 0

  region = var.region
  name   = var.cluster_name

  dynamic "setting" {
    for_each = var.container_insights != null ? [var.container_insights] : []
    content {
      name  = "containerInsights"
      value = setting.value
    }
  }

  dynamic "configuration" {
    for_each = var.execute_command_logging != null ? [var.execute_command_logging] : []
    content {
      execute_command_configuration {
        logging = configuration.value
      }
    }
  }

  tags = merge(var.tags, var.cluster_tags)
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  count = local.create && length(var.default_capacity_provider_strategy) > 0 ? 1 : 0

  region = var.region

  cluster_name       = aws_ecs_cluster.this[0].name
  capacity_providers = distinct([for s in values(var.default_capacity_provider_strategy) : s.capacity_provider])

  dynamic "default_capacity_provider_strategy" {
    for_each = var.default_capacity_provider_strategy
    iterator = strategy
    content {
      capacity_provider = strategy.value.capacity_provider
      weight            = strategy.value.weight
      base              = strategy.value.base
    }
  }
}

module "service" {
  source   = "../ecs-service"
  for_each = local.create && var.services != null ? var.services : {}

  region      = var.region
  name        = coalesce(each.value.name, each.key)
  cluster_arn = aws_ecs_cluster.this[0].arn

  create_service             = each.value.create_service
  launch_type                = each.value.launch_type
  capacity_provider_strategy = each.value.capacity_provider_strategy
  desired_count              = each.value.desired_count
  cpu                        = each.value.cpu
  memory                     = each.value.memory
  container_definitions      = each.value.container_definitions
  load_balancer              = each.value.load_balancer
  enable_execute_command     = each.value.enable_execute_command

  vpc_id                       = var.vpc_id
  subnet_ids                   = coalesce(each.value.subnet_ids, var.subnet_ids)
  security_group_ingress_rules = each.value.security_group_ingress_rules
  tasks_iam_role_statements    = each.value.tasks_iam_role_statements

  enable_autoscaling       = each.value.enable_autoscaling
  autoscaling_min_capacity = each.value.autoscaling_min_capacity
  autoscaling_max_capacity = each.value.autoscaling_max_capacity

  tags = merge(var.tags, each.value.tags)
}
