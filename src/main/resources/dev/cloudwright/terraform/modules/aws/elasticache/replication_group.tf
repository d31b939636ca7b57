# Valkey / Redis OSS: a replication group with encryption at rest and in transit, and role-based access
# control in which the application user authenticates with IAM (no password) and the built-in
# "default" user is switched off.

resource "aws_elasticache_user" "default" {
  count = local.is_memcached ? 0 : 1

  user_id       = "${var.name}-default"
  user_name     = "default"
  engine        = var.engine
  access_string = "off -@all"

  authentication_mode {
    type = "no-password-required"
  }

  tags = merge(var.tags, { Name = "${var.name}-default", "cloudwright:component" = var.component_id })
}

# For IAM authentication the user id and the user name must be the same.
resource "aws_elasticache_user" "app" {
  count = local.is_memcached ? 0 : 1

  user_id       = "${var.name}-app"
  user_name     = "${var.name}-app"
  engine        = var.engine
  access_string = "on ~* +@all"

  authentication_mode {
    type = "iam"
  }

  tags = merge(var.tags, { Name = "${var.name}-app", "cloudwright:component" = var.component_id })
}

resource "aws_elasticache_user_group" "this" {
  count = local.is_memcached ? 0 : 1

  user_group_id = var.name
  engine        = var.engine
  user_ids      = [aws_elasticache_user.default[0].user_id, aws_elasticache_user.app[0].user_id]

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_log_group" "this" {
  for_each = toset(local.log_types)

  name              = "/aws/elasticache/${var.name}/${each.key}"
  retention_in_days = local.log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = merge(var.tags, { Name = "${var.name}-${each.key}", "cloudwright:component" = var.component_id })
}

resource "aws_elasticache_replication_group" "this" {
  count = local.is_memcached ? 0 : 1

  replication_group_id = var.name
  description          = "${var.name} (${var.engine}${local.cluster_mode ? ", cluster mode" : ""})"
  engine               = var.engine
  engine_version       = var.engine_version
  node_type            = var.node_type
  port                 = local.port
  parameter_group_name = aws_elasticache_parameter_group.this.name

  # Cluster mode: shards with their replicas; otherwise one primary and its replicas.
  cluster_mode            = local.cluster_mode ? "enabled" : "disabled"
  num_node_groups         = local.cluster_mode ? var.num_node_groups : null
  replicas_per_node_group = local.cluster_mode ? var.replicas_per_node_group : null
  num_cache_clusters      = local.cluster_mode ? null : 1 + var.replicas_per_node_group
  data_tiering_enabled    = can(regex("^cache\\.r6gd\\.", var.node_type))

  automatic_failover_enabled = local.automatic_failover
  multi_az_enabled           = local.has_replicas

  subnet_group_name  = aws_elasticache_subnet_group.this.name
  security_group_ids = [aws_security_group.this.id]

  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_arn
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  user_group_ids             = [aws_elasticache_user_group.this[0].user_group_id]

  snapshot_retention_limit  = var.snapshot_retention_days
  final_snapshot_identifier = "${var.name}-final"

  auto_minor_version_upgrade = true

  dynamic "log_delivery_configuration" {
    for_each = aws_cloudwatch_log_group.this
    content {
      destination      = log_delivery_configuration.value.name
      destination_type = "cloudwatch-logs"
      log_format       = "json"
      log_type         = log_delivery_configuration.key
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  lifecycle {
    precondition {
      condition     = local.major >= 7
      error_message = "engine_version must be 7.0 or later for ${var.engine}: IAM authentication and required in-transit encryption need it."
    }

    precondition {
      condition     = var.kms_key_arn != null
      error_message = "kms_key_arn is required for ${var.engine}: data at rest is encrypted with the customer-managed key."
    }
  }
}
