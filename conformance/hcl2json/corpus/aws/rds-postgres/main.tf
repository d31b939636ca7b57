locals {
  major_version = split(".", var.engine_version)[0]
  family        = "postgres${local.major_version}"

  is_production = lookup(var.tags, "Environment", "dev") == "prod"

  final_snapshot_id = "${var.identifier}-final-${formatdate("YYYYMMDDhhmm", timestamp())}"
}

resource "aws_db_subnet_group" "this" {
  name        = var.identifier
  description = "Subnets for ${var.identifier}"
  subnet_ids  = var.subnet_ids
  tags        = var.tags
}

resource "aws_db_parameter_group" "this" {
  name_prefix = "${var.identifier}-${local.family}-"
  family      = local.family
  description = "Custom parameters for ${var.identifier}"

  dynamic "parameter" {
    for_each = { for p in var.parameters : p.name => p }
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

resource "aws_db_instance" "primary" {
  identifier     = var.identifier
  engine         = "postgres"
  engine_version = var.engine_version
  instance_class = var.instance_class

  allocated_storage     = var.allocated_storage
  max_allocated_storage = var.max_allocated_storage
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = var.kms_key_arn

  db_name                             = var.snapshot_identifier == null ? var.database_name : null
  username                            = var.snapshot_identifier == null ? var.master_username : null
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  snapshot_identifier                 = var.snapshot_identifier

  db_subnet_group_name   = aws_db_subnet_group.this.name
  parameter_group_name   = aws_db_parameter_group.this.name
  vpc_security_group_ids = var.vpc_security_group_ids
  publicly_accessible    = false
  multi_az               = var.multi_az
  ca_cert_identifier     = "rds-ca-rsa2048-g1"
  network_type           = "IPV4"

  backup_retention_period  = var.backup_retention_period
  backup_window            = "02:00-03:00"
  maintenance_window       = "sun:04:00-sun:05:00"
  copy_tags_to_snapshot    = true
  delete_automated_backups = !local.is_production
  deletion_protection      = local.is_production
  skip_final_snapshot      = !local.is_production
  final_snapshot_identifier = local.is_production ? local.final_snapshot_id : null

  performance_insights_enabled          = true
  performance_insights_retention_period = local.is_production ? 731 : 7
  monitoring_interval                   = 30
  monitoring_role_arn                   = aws_iam_role.monitoring.arn
  enabled_cloudwatch_logs_exports       = ["postgresql", "upgrade"]

  auto_minor_version_upgrade  = true
  allow_major_version_upgrade = false
  apply_immediately           = !local.is_production

  tags = var.tags

  lifecycle {
    ignore_changes = [
      final_snapshot_identifier,
      snapshot_identifier,
    ]

    precondition {
      condition     = !local.is_production || var.multi_az
      error_message = "Production databases must be Multi-AZ."
    }

    postcondition {
      condition     = self.storage_encrypted
      error_message = "Storage encryption must be enabled."
    }
  }
}

resource "aws_db_instance" "replica" {
  count = var.read_replica_count

  identifier          = "${var.identifier}-replica-${count.index + 1}"
  replicate_source_db = aws_db_instance.primary.identifier
  instance_class      = var.instance_class
  storage_encrypted   = true
  kms_key_id          = var.kms_key_arn
  publicly_accessible = false
  skip_final_snapshot = true
  parameter_group_name = aws_db_parameter_group.this.name

  performance_insights_enabled = true
  monitoring_interval          = 60
  monitoring_role_arn          = aws_iam_role.monitoring.arn

  tags = merge(var.tags, { Role = "replica", ReplicaIndex = tostring(count.index) })
}
