locals {
  create = var.create_db_instance

  # "mysql8.0" from engine "mysql" and version "8.0.35"; the caller may name the family itself.
  major_version    = var.engine_version == null ? null : join(".", slice(split(".", var.engine_version), 0, var.engine == "postgres" ? 1 : 2))
  parameter_family = var.family != null ? var.family : var.engine != null && local.major_version != null ? "${var.engine}${local.major_version}" : null

  parameter_group_name = var.create_db_parameter_group ? aws_db_parameter_group.this[0].name : var.parameter_group_name
  is_replica           = var.replicate_source_db != null
}

resource "aws_db_parameter_group" "this" {
  count = local.create && var.create_db_parameter_group ? 1 : 0

  region      = var.region
  name_prefix = "${var.identifier}-"
  family      = local.parameter_family
  description = "Parameters of ${var.identifier}"

  dynamic "parameter" {
    for_each = var.parameters
    content {
      name         = parameter.value.name
      value        = parameter.value.value
      apply_method = lookup(parameter.value, "apply_method", null)
    }
  }

  tags = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_instance" "this" {
  count = local.create ? 1 : 0

  region = var.region

  identifier     = var.identifier
  engine         = local.is_replica ? null : var.engine
  engine_version = var.engine_version
  instance_class = var.instance_class

  allocated_storage     = local.is_replica ? null : var.allocated_storage
  max_allocated_storage = var.max_allocated_storage
  storage_type          = var.storage_type
  storage_encrypted     = var.storage_encrypted
  kms_key_id            = var.kms_key_id

  db_name                     = local.is_replica ? null : var.db_name
  username                    = local.is_replica ? null : var.username
  manage_master_user_password = local.is_replica ? null : var.manage_master_user_password
  replicate_source_db         = var.replicate_source_db

  port                   = var.port
  multi_az               = var.multi_az
  db_subnet_group_name   = var.db_subnet_group_name
  vpc_security_group_ids = var.vpc_security_group_ids
  parameter_group_name   = local.parameter_group_name
  publicly_accessible    = false

  backup_retention_period = var.backup_retention_period
  backup_window           = var.backup_window
  maintenance_window      = var.maintenance_window
  deletion_protection     = var.deletion_protection
  skip_final_snapshot     = var.skip_final_snapshot
  copy_tags_to_snapshot   = true

  performance_insights_enabled    = var.performance_insights_enabled
  enabled_cloudwatch_logs_exports = var.enabled_cloudwatch_logs_exports

  tags = merge(var.tags, { Name = var.identifier })
}

resource "aws_db_instance" "replica" {
  count = local.create ? var.read_replica_count : 0

  region = var.region

  identifier          = "${var.identifier}-replica-${count.index + 1}"
  replicate_source_db = aws_db_instance.this[0].identifier
  instance_class      = coalesce(var.replica_instance_class, var.instance_class)
  storage_encrypted   = var.storage_encrypted
  kms_key_id          = var.kms_key_id

  vpc_security_group_ids = var.vpc_security_group_ids
  parameter_group_name   = local.parameter_group_name
  publicly_accessible    = false
  skip_final_snapshot    = true

  tags = merge(var.tags, { Name = "${var.identifier}-replica-${count.index + 1}" })
}
