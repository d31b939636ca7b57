locals {
  is_memcached = var.engine == "memcached"
  port         = local.is_memcached ? 11211 : 6379

  # Cluster mode (sharding) only with more than one shard; failover needs a replica, or is always on in cluster mode.
  cluster_mode       = !local.is_memcached && var.num_node_groups > 1
  has_replicas       = var.replicas_per_node_group > 0
  automatic_failover = local.cluster_mode || local.has_replicas

  # Parameter group family: valkey8 / valkey7, redis7 / redis6.x / redis5.0, memcached1.6.
  version_parts = split(".", var.engine_version)
  major         = tonumber(local.version_parts[0])
  family = (
    var.engine == "valkey" ? "valkey${local.major}" :
    var.engine == "redis" ? (local.major >= 7 ? "redis${local.major}" : local.major == 6 ? "redis6.x" : "redis${local.version_parts[0]}.${local.version_parts[1]}") :
    "memcached${local.version_parts[0]}.${local.version_parts[1]}"
  )
  parameters = local.cluster_mode ? { "cluster-enabled" = "yes" } : {}

  # Slow log and engine log to CloudWatch Logs (Valkey/Redis OSS).
  log_types          = local.is_memcached ? [] : ["slow-log", "engine-log"]
  log_retention_days = 365

  # Keys known before apply (list positions), so the rules can be planned offline.
  client_security_groups = { for i, id in var.client_security_group_ids : tostring(i) => id }
}

resource "aws_elasticache_subnet_group" "this" {
  name        = var.name
  description = "Data subnets of the ${var.name} cache"
  subnet_ids  = var.subnet_ids

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

resource "aws_security_group" "this" {
  name        = "${var.name}-cache"
  description = "ElastiCache ${var.name}: ${var.engine} from the application security groups only"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-cache", "cloudwright:component" = var.component_id })
}

resource "aws_vpc_security_group_ingress_rule" "clients" {
  for_each = local.client_security_groups

  security_group_id            = aws_security_group.this.id
  description                  = "Cache clients"
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = local.port
  to_port                      = local.port

  tags = merge(var.tags, { Name = "${var.name}-cache-client-${each.key}", "cloudwright:component" = var.component_id })
}

resource "aws_elasticache_parameter_group" "this" {
  name        = "${var.name}-${replace(local.family, ".", "-")}"
  family      = local.family
  description = "${var.name}: ${var.engine} ${local.cluster_mode ? "cluster mode" : "parameters"}"

  dynamic "parameter" {
    for_each = local.parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  lifecycle {
    create_before_destroy = true
  }
}
