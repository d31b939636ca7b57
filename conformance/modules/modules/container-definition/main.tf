# One container of a task definition: the definition as the ECS API takes it (null fields left out) and,
# optionally, its log group.

data "aws_region" "current" {
  region = var.region
}

locals {
  log_group_name = coalesce(var.log_group_name, "/aws/ecs/${var.service}/${var.name}")

  log_configuration = var.enable_cloudwatch_logging ? {
    logDriver = "awslogs"
    options = {
      awslogs-group         = try(aws_cloudwatch_log_group.this[0].name, local.log_group_name)
      awslogs-region        = data.aws_region.current.region
      awslogs-stream-prefix = "ecs"
    }
  } : null

  port_mappings = [
    for p in var.port_mappings : { for k, v in {
      name          = p.name
      containerPort = p.container_port
      hostPort      = p.host_port
      protocol      = p.protocol
      appProtocol   = p.app_protocol
    } : k => v if v != null }
  ]

  definition = {
    name                   = var.name
    image                  = var.image
    essential              = var.essential
    cpu                    = var.cpu
    memory                 = var.memory
    memoryReservation      = var.memory_reservation
    command                = var.command
    entryPoint             = var.entrypoint
    environment            = length(var.environment) > 0 ? [for k in sort(keys(var.environment)) : { name = k, value = var.environment[k] }] : null
    secrets                = length(var.secrets) > 0 ? [for k in sort(keys(var.secrets)) : { name = k, valueFrom = var.secrets[k] }] : null
    portMappings           = length(local.port_mappings) > 0 ? local.port_mappings : null
    readonlyRootFilesystem = var.readonly_root_filesystem
    logConfiguration       = local.log_configuration
    healthCheck            = var.health_check != null ? { for k, v in var.health_check : k => v if v != null } : null
    linuxParameters        = var.enable_execute_command ? { initProcessEnabled = true } : null
  }

  container_definition = { for k, v in local.definition : k => v if v != null }
}

resource "aws_cloudwatch_log_group" "this" {
  count = var.create_cloudwatch_log_group && var.enable_cloudwatch_logging ? 1 : 0

  region            = var.region
  name              = local.log_group_name
  retention_in_days = var.log_retention_in_days
  kms_key_id        = var.log_kms_key_id
  tags              = var.tags
}
