resource "aws_rds_global_cluster" "this" {
  provider = aws.primary

  global_cluster_identifier = var.global_cluster_identifier
  engine                    = var.engine
  engine_version            = var.engine_version
  storage_encrypted         = true
  deletion_protection       = true
}

########################################
# Primary region
########################################

resource "aws_db_subnet_group" "primary" {
  provider   = aws.primary
  name       = local.primary_name
  subnet_ids = var.primary.subnet_ids
  tags       = var.tags
}

resource "aws_rds_cluster_parameter_group" "primary" {
  provider    = aws.primary
  name_prefix = "${local.primary_name}-"
  family      = local.family

  dynamic "parameter" {
    for_each = local.cluster_params_list
    content {
      name         = parameter.value.name
      value        = parameter.value.value
      apply_method = "pending-reboot"
    }
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_parameter_group" "primary" {
  provider    = aws.primary
  name_prefix = "${local.primary_name}-inst-"
  family      = local.family

  dynamic "parameter" {
    for_each = local.instance_params_list
    content {
      name  = parameter.value.name
      value = parameter.value.value
    }
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_rds_cluster" "primary" {
  provider = aws.primary

  cluster_identifier              = local.primary_name
  global_cluster_identifier       = aws_rds_global_cluster.this.id
  engine                          = aws_rds_global_cluster.this.engine
  engine_version                  = aws_rds_global_cluster.this.engine_version
  database_name                   = "app"
  master_username                 = "clusteradmin"
  manage_master_user_password     = true
  db_subnet_group_name            = aws_db_subnet_group.primary.name
  vpc_security_group_ids          = var.primary.security_group_ids
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.primary.name
  kms_key_id                      = var.primary.kms_key_arn
  storage_encrypted               = true
  port                            = local.port
  backup_retention_period         = 35
  preferred_backup_window         = "01:00-02:00"
  preferred_maintenance_window    = "sun:03:00-sun:04:00"
  copy_tags_to_snapshot           = true
  deletion_protection             = true
  enabled_cloudwatch_logs_exports = local.log_exports[var.engine]
  skip_final_snapshot             = false
  final_snapshot_identifier       = "${local.primary_name}-final"

  dynamic "serverlessv2_scaling_configuration" {
    for_each = var.serverless_v2_scaling[*]
    content {
      min_capacity = serverlessv2_scaling_configuration.value.min_capacity
      max_capacity = serverlessv2_scaling_configuration.value.max_capacity
    }
  }

  tags = var.tags

  lifecycle {
    ignore_changes = [global_cluster_identifier, replication_source_identifier]
  }
}

resource "aws_rds_cluster_instance" "primary" {
  provider = aws.primary
  count    = var.primary.instance_count

  identifier                   = "${local.primary_name}-${count.index + 1}"
  cluster_identifier           = aws_rds_cluster.primary.id
  engine                       = aws_rds_cluster.primary.engine
  engine_version               = aws_rds_cluster.primary.engine_version
  instance_class               = local.instance_class
  db_parameter_group_name      = aws_db_parameter_group.primary.name
  db_subnet_group_name         = aws_db_subnet_group.primary.name
  performance_insights_enabled = true
  promotion_tier               = count.index
  auto_minor_version_upgrade   = false
  tags                         = merge(var.tags, { Writer = count.index == 0 ? "preferred" : "no" })
}

########################################
# Secondary region
########################################

resource "aws_db_subnet_group" "secondary" {
  provider   = aws.secondary
  count      = var.secondary.enabled ? 1 : 0
  name       = local.secondary_name
  subnet_ids = var.secondary.subnet_ids
  tags       = var.tags
}

resource "aws_rds_cluster" "secondary" {
  provider = aws.secondary
  count    = var.secondary.enabled ? 1 : 0

  cluster_identifier        = local.secondary_name
  global_cluster_identifier = aws_rds_global_cluster.this.id
  engine                    = aws_rds_global_cluster.this.engine
  engine_version            = aws_rds_global_cluster.this.engine_version
  db_subnet_group_name      = aws_db_subnet_group.secondary[0].name
  vpc_security_group_ids    = var.secondary.security_group_ids
  kms_key_id                = var.secondary.kms_key_arn
  storage_encrypted         = true
  skip_final_snapshot       = true
  port                      = local.port

  dynamic "serverlessv2_scaling_configuration" {
    for_each = var.serverless_v2_scaling == null ? [] : [var.serverless_v2_scaling]
    iterator = scaling
    content {
      min_capacity = scaling.value.min_capacity
      max_capacity = scaling.value.max_capacity
    }
  }

  tags = var.tags

  depends_on = [aws_rds_cluster_instance.primary]

  lifecycle {
    ignore_changes = [replication_source_identifier]
  }
}

resource "aws_rds_cluster_instance" "secondary" {
  provider = aws.secondary
  count    = var.secondary.enabled ? var.secondary.instance_count : 0

  identifier         = "${local.secondary_name}-${count.index + 1}"
  cluster_identifier = aws_rds_cluster.secondary[0].id
  engine             = aws_rds_cluster.secondary[0].engine
  engine_version     = aws_rds_cluster.secondary[0].engine_version
  instance_class     = local.instance_class
  tags               = var.tags
}
