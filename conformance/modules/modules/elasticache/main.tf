# A Redis or Valkey replication group named and tagged by the label module: pass the caller's label
# context in, and everything is created only when the label is enabled.

module "this" {
  source = "../label"

  context    = var.context
  name       = var.name
  attributes = var.attributes
  tags       = var.tags
}

locals {
  enabled = module.this.enabled

  cluster_mode = var.cluster_mode_enabled

  # Without cluster mode: one shard of cluster_size nodes. With it: shards x (replicas + 1).
  member_count = local.cluster_mode ? var.num_node_groups * (var.replicas_per_node_group + 1) : var.cluster_size

  subnet_group_name    = var.subnet_group_name != null ? var.subnet_group_name : join("", aws_elasticache_subnet_group.this[*].name)
  parameter_group_name = var.parameter_group_name != null ? var.parameter_group_name : join("", aws_elasticache_parameter_group.this[*].name)

  security_group_ids = concat(var.security_group_ids, module.security_group[*].security_group_id)

  automatic_failover = local.cluster_mode || var.cluster_size > 1 ? true : var.automatic_failover_enabled
}

resource "aws_elasticache_subnet_group" "this" {
  count = local.enabled && var.subnet_group_name == null && length(var.subnets) > 0 ? 1 : 0

  region      = var.region
  name        = module.this.id
  description = "Subnets of ${module.this.id}"
  subnet_ids  = var.subnets
  tags        = module.this.tags
}

resource "aws_elasticache_parameter_group" "this" {
  count = local.enabled && var.parameter_group_name == null ? 1 : 0

  region      = var.region
  name        = "${module.this.id}-${replace(var.family, ".", "-")}"
  family      = var.family
  description = "Parameters of ${module.this.id}"

  dynamic "parameter" {
    for_each = local.cluster_mode ? concat([{ name = "cluster-enabled", value = "yes" }], var.parameters) : var.parameters
    content {
      name  = parameter.value.name
      value = tostring(parameter.value.value)
    }
  }

  tags = module.this.tags

  lifecycle {
    create_before_destroy = true
  }
}

module "security_group" {
  source = "../security-group"
  count  = local.enabled && var.create_security_group ? 1 : 0

  region      = var.region
  name        = module.this.id
  description = "Cache ${module.this.id}"
  vpc_id      = var.vpc_id

  ingress_rules = merge(
    { for i, sg in var.allowed_security_group_ids : "sg-${i}" => { from_port = var.port, referenced_security_group_id = sg } },
    length(var.allowed_cidr_blocks) == 0 ? {} : { for i, c in var.allowed_cidr_blocks : "cidr-${i}" => { from_port = var.port, cidr_ipv4 = c } },
  )
  egress_rules = {}

  tags = module.this.tags
}

resource "aws_elasticache_replication_group" "this" {
  count = local.enabled ? 1 : 0

  region = var.region

  replication_group_id = var.replication_group_id == "" ? module.this.id : var.replication_group_id
  description          = coalesce(var.description, "Cache ${module.this.id}")

  engine               = var.engine
  engine_version       = var.engine_version
  node_type            = var.instance_type
  port                 = var.port
  parameter_group_name = local.parameter_group_name
  subnet_group_name    = local.subnet_group_name
  security_group_ids   = local.security_group_ids

  num_cache_clusters      = local.cluster_mode ? null : var.cluster_size
  num_node_groups         = local.cluster_mode ? var.num_node_groups : null
  replicas_per_node_group = local.cluster_mode ? var.replicas_per_node_group : null

  automatic_failover_enabled = local.automatic_failover
  multi_az_enabled           = var.multi_az_enabled

  at_rest_encryption_enabled = var.at_rest_encryption_enabled
  kms_key_id                 = var.at_rest_encryption_enabled ? var.kms_key_id : null
  transit_encryption_enabled = var.transit_encryption_enabled

  snapshot_retention_limit = var.snapshot_retention_limit
  snapshot_window          = var.snapshot_window
  maintenance_window       = var.maintenance_window
  apply_immediately        = var.apply_immediately

  dynamic "log_delivery_configuration" {
    for_each = var.log_delivery_configuration
    content {
      destination      = log_delivery_configuration.value.destination
      destination_type = log_delivery_configuration.value.destination_type
      log_format       = log_delivery_configuration.value.log_format
      log_type         = log_delivery_configuration.value.log_type
    }
  }

  tags = module.this.tags
}
