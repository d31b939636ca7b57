locals {
  cluster_mode_enabled = var.cluster_mode.num_node_groups > 1
  parameter_family     = "${var.engine}${split(".", var.engine_version)[0]}"

  parameters = merge(
    {
      "maxmemory-policy"       = "volatile-lru"
      "notify-keyspace-events" = ""
    },
    local.cluster_mode_enabled ? { "cluster-enabled" = "yes" } : {},
  )
}

resource "random_password" "auth" {
  length           = 48
  special          = true
  override_special = "!&#$^<>-"
}

resource "aws_elasticache_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
}

resource "aws_elasticache_parameter_group" "this" {
  name   = "${var.name}-${replace(local.parameter_family, ".", "-")}"
  family = local.parameter_family

  dynamic "parameter" {
    for_each = local.parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_cloudwatch_log_group" "slow" {
  name              = "/elasticache/${var.name}/slow-log"
  retention_in_days = 14
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = var.name
  description          = "Cache for ${var.name}"
  engine               = var.engine
  engine_version       = var.engine_version
  node_type            = var.node_type
  port                 = 6379
  parameter_group_name = aws_elasticache_parameter_group.this.name
  subnet_group_name    = aws_elasticache_subnet_group.this.name
  security_group_ids   = var.security_group_ids

  num_node_groups         = var.cluster_mode.num_node_groups
  replicas_per_node_group = var.cluster_mode.replicas_per_node_group

  automatic_failover_enabled = local.cluster_mode_enabled || var.cluster_mode.replicas_per_node_group > 0
  multi_az_enabled           = var.cluster_mode.replicas_per_node_group > 0

  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  kms_key_id                 = var.kms_key_arn
  auth_token                 = random_password.auth.result
  auth_token_update_strategy = "ROTATE"

  snapshot_retention_limit   = var.snapshot_retention_limit
  snapshot_window            = "03:00-04:00"
  maintenance_window         = "mon:05:00-mon:06:00"
  auto_minor_version_upgrade = true
  apply_immediately          = false
  notification_topic_arn     = var.notification_topic_arn != "" ? var.notification_topic_arn : null

  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.slow.name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }

  tags = var.tags

  lifecycle {
    ignore_changes = [num_cache_clusters, engine_version]
  }
}

resource "aws_secretsmanager_secret" "auth" {
  name_prefix = "elasticache/${var.name}/auth-"
  kms_key_id  = var.kms_key_arn
}

resource "aws_secretsmanager_secret_version" "auth" {
  secret_id = aws_secretsmanager_secret.auth.id
  secret_string = jsonencode({
    host  = local.cluster_mode_enabled ? aws_elasticache_replication_group.this.configuration_endpoint_address : aws_elasticache_replication_group.this.primary_endpoint_address
    port  = 6379
    token = random_password.auth.result
    tls   = true
  })
}
