locals {
  create = var.create

  port = coalesce(var.port, var.engine == "aurora-postgresql" ? 5432 : 3306)

  # A secondary cluster of a global database inherits the database name and credentials.
  is_secondary     = !var.is_primary_cluster
  manage_password  = var.manage_master_user_password && var.global_cluster_identifier == null
  subnet_group     = var.create_db_subnet_group ? try(aws_db_subnet_group.this[0].name, null) : var.db_subnet_group_name
  is_serverless_v2 = var.serverlessv2_scaling_configuration != null

  create_cluster_parameter_group = local.create && var.cluster_parameter_group != null
}

resource "aws_db_subnet_group" "this" {
  count = local.create && var.create_db_subnet_group ? 1 : 0

  region      = var.region
  name        = var.name
  description = "Subnets of Aurora cluster ${var.name}"
  subnet_ids  = var.subnets
  tags        = var.tags
}

resource "aws_rds_cluster_parameter_group" "this" {
  count = local.create_cluster_parameter_group ? 1 : 0

  region      = var.region
  name_prefix = "${var.name}-"
  family      = var.cluster_parameter_group.family
  description = coalesce(var.cluster_parameter_group.description, "Cluster parameters of ${var.name}")

  dynamic "parameter" {
    for_each = var.cluster_parameter_group.parameters
    content {
      name         = parameter.value.name
      value        = parameter.value.value
      apply_method = parameter.value.apply_method
    }
  }

  tags = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_rds_cluster" "this" {
  count = local.create ? 1 : 0

  region = var.region

  cluster_identifier        = var.name
  engine                    = var.engine
  engine_mode               = var.engine_mode
  engine_version            = var.engine_version
  global_cluster_identifier = var.global_cluster_identifier
  source_region             = local.is_secondary ? var.source_region : null

  database_name   = var.is_primary_cluster ? var.database_name : null
  master_username = var.is_primary_cluster ? var.master_username : null

  manage_master_user_password   = local.manage_password ? true : null
  master_user_secret_kms_key_id = local.manage_password ? var.master_user_secret_kms_key_id : null

  port                            = local.port
  db_subnet_group_name            = local.subnet_group
  vpc_security_group_ids          = compact(concat([module.security_group.security_group_id], var.vpc_security_group_ids))
  db_cluster_parameter_group_name = local.create_cluster_parameter_group ? aws_rds_cluster_parameter_group.this[0].id : var.db_cluster_parameter_group_name

  storage_encrypted   = var.storage_encrypted
  kms_key_id          = var.kms_key_id
  deletion_protection = var.deletion_protection

  backup_retention_period      = var.backup_retention_period
  preferred_backup_window      = var.preferred_backup_window
  preferred_maintenance_window = var.preferred_maintenance_window
  copy_tags_to_snapshot        = true
  skip_final_snapshot          = var.skip_final_snapshot
  final_snapshot_identifier    = var.skip_final_snapshot ? null : "${var.name}-final"

  enabled_cloudwatch_logs_exports     = var.enabled_cloudwatch_logs_exports
  iam_database_authentication_enabled = var.iam_database_authentication_enabled

  dynamic "serverlessv2_scaling_configuration" {
    for_each = local.is_serverless_v2 ? [var.serverlessv2_scaling_configuration] : []
    content {
      min_capacity             = serverlessv2_scaling_configuration.value.min_capacity
      max_capacity             = serverlessv2_scaling_configuration.value.max_capacity
      seconds_until_auto_pause = serverlessv2_scaling_configuration.value.seconds_until_auto_pause
    }
  }

  tags = merge(var.tags, var.cluster_tags)

  lifecycle {
    ignore_changes = [replication_source_identifier, global_cluster_identifier]
  }
}

resource "aws_rds_cluster_instance" "this" {
  for_each = { for k, v in var.instances : k => v if local.create }

  region = var.region

  identifier              = "${var.name}-${each.key}"
  cluster_identifier      = aws_rds_cluster.this[0].id
  engine                  = aws_rds_cluster.this[0].engine
  engine_version          = aws_rds_cluster.this[0].engine_version
  instance_class          = local.is_serverless_v2 ? "db.serverless" : coalesce(each.value.instance_class, var.instance_class)
  availability_zone       = each.value.availability_zone
  promotion_tier          = each.value.promotion_tier
  publicly_accessible     = each.value.publicly_accessible
  db_subnet_group_name    = local.subnet_group
  db_parameter_group_name = each.value.db_parameter_group_name

  performance_insights_enabled = try(coalesce(each.value.performance_insights_enabled, var.performance_insights_enabled), null)
  monitoring_interval          = coalesce(each.value.monitoring_interval, var.monitoring_interval)
  monitoring_role_arn          = coalesce(each.value.monitoring_interval, var.monitoring_interval) > 0 ? try(aws_iam_role.monitoring[0].arn, null) : null
  auto_minor_version_upgrade   = each.value.auto_minor_version_upgrade

  tags = merge(var.tags, each.value.tags)
}

module "security_group" {
  source = "../security-group"

  create      = local.create && var.create_security_group
  region      = var.region
  name        = var.name
  description = "Aurora cluster ${var.name}"
  vpc_id      = var.vpc_id

  ingress_rules = merge(
    { for i, cidr in var.allowed_cidr_blocks : "cidr-${i}" => { from_port = local.port, cidr_ipv4 = cidr } },
    { for i, sg in var.allowed_security_groups : "sg-${i}" => { from_port = local.port, referenced_security_group_id = sg } },
  )
  egress_rules = {}

  tags = var.tags
}

################################################################################
# Enhanced monitoring role
################################################################################

data "aws_iam_policy_document" "monitoring_assume" {
  count = local.create && var.monitoring_interval > 0 ? 1 : 0

  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["monitoring.rds.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "monitoring" {
  count = local.create && var.monitoring_interval > 0 ? 1 : 0

  name_prefix        = "${var.name}-monitoring-"
  assume_role_policy = data.aws_iam_policy_document.monitoring_assume[0].json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "monitoring" {
  count = local.create && var.monitoring_interval > 0 ? 1 : 0

  role       = aws_iam_role.monitoring[0].name
  policy_arn = "arn:${var.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}
