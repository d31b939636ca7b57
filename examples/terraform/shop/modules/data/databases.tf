locals {
  aurora_family = "aurora-postgresql${split(".", var.engine_version)[0]}"
  backup_tags   = { (var.backup_tag.key) = var.backup_tag.value }
}

# ---------------------------------------------------------------- Aurora PostgreSQL

resource "aws_db_subnet_group" "aurora" {
  name        = "${var.name_prefix}-aurora"
  description = "Data subnets of ${var.name_prefix}"
  subnet_ids  = var.data_subnet_ids

  tags = {
    Name = "${var.name_prefix}-aurora"
  }
}

resource "aws_rds_cluster_parameter_group" "aurora" {
  name        = "${var.name_prefix}-${local.aurora_family}"
  family      = local.aurora_family
  description = "Cluster parameters for ${var.name_prefix}"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }

  parameter {
    name         = "shared_preload_libraries"
    value        = "pg_stat_statements"
    apply_method = "pending-reboot"
  }

  tags = {
    Name = "${var.name_prefix}-aurora"
  }
}

resource "aws_rds_cluster" "this" {
  cluster_identifier = "${var.name_prefix}-aurora"
  engine             = "aurora-postgresql"
  engine_version     = var.engine_version
  database_name      = var.database_name
  port               = 5432

  master_username               = var.master_username
  manage_master_user_password   = true
  master_user_secret_kms_key_id = aws_kms_key.data.arn

  db_subnet_group_name            = aws_db_subnet_group.aurora.name
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.aurora.name
  vpc_security_group_ids          = [aws_security_group.aurora.id]

  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.data.arn
  iam_database_authentication_enabled = true

  backup_retention_period      = var.backup_retention_days
  preferred_backup_window      = "01:30-02:30"
  preferred_maintenance_window = "sun:03:00-sun:04:00"
  copy_tags_to_snapshot        = true
  deletion_protection          = true
  skip_final_snapshot          = false
  final_snapshot_identifier    = "${var.name_prefix}-aurora-final"

  enabled_cloudwatch_logs_exports = ["postgresql"]

  tags = merge(local.backup_tags, {
    Name = "${var.name_prefix}-aurora"
  })
}

resource "aws_iam_role" "rds_monitoring" {
  name               = "${var.name_prefix}-rds-monitoring"
  description        = "Enhanced Monitoring for the ${var.name_prefix} Aurora instances"
  assume_role_policy = data.aws_iam_policy_document.rds_monitoring_assume.json
}

data "aws_iam_policy_document" "rds_monitoring_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["monitoring.rds.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy_attachment" "rds_monitoring" {
  role       = aws_iam_role.rds_monitoring.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}

# Writer and reader in different AZs: Aurora promotes the reader on failure.
resource "aws_rds_cluster_instance" "this" {
  count = var.instance_count

  identifier         = "${var.name_prefix}-aurora-${count.index + 1}"
  cluster_identifier = aws_rds_cluster.this.id
  engine             = aws_rds_cluster.this.engine
  engine_version     = aws_rds_cluster.this.engine_version
  instance_class     = var.instance_class
  availability_zone  = element(var.azs, count.index)
  promotion_tier     = count.index

  db_subnet_group_name = aws_db_subnet_group.aurora.name
  publicly_accessible  = false

  performance_insights_enabled          = true
  performance_insights_kms_key_id       = aws_kms_key.data.arn
  performance_insights_retention_period = 7
  monitoring_interval                   = 30
  monitoring_role_arn                   = aws_iam_role.rds_monitoring.arn
  auto_minor_version_upgrade            = true

  tags = {
    Name = "${var.name_prefix}-aurora-${count.index + 1}"
  }
}

# ---------------------------------------------------------------- ElastiCache (Valkey)

resource "aws_elasticache_subnet_group" "cache" {
  name        = "${var.name_prefix}-cache"
  description = "Data subnets of ${var.name_prefix}"
  subnet_ids  = var.data_subnet_ids

  tags = {
    Name = "${var.name_prefix}-cache"
  }
}

resource "aws_cloudwatch_log_group" "cache_slow_log" {
  name              = "/aws/elasticache/${var.name_prefix}-cache/slow-log"
  retention_in_days = 30
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "${var.name_prefix}-cache"
  description          = "Sessions, carts read-through and catalogue cache of ${var.name_prefix}"

  engine               = "valkey"
  engine_version       = var.cache_engine_version
  parameter_group_name = "default.valkey8"
  node_type            = var.cache_node_type
  port                 = 6379

  num_cache_clusters          = var.cache_node_count
  preferred_cache_cluster_azs = slice(var.azs, 0, var.cache_node_count)
  automatic_failover_enabled  = true
  multi_az_enabled            = true

  subnet_group_name  = aws_elasticache_subnet_group.cache.name
  security_group_ids = [aws_security_group.cache.id]

  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.data.arn
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"

  snapshot_retention_limit   = 7
  snapshot_window            = "00:30-01:30"
  maintenance_window         = "sun:04:30-sun:05:30"
  auto_minor_version_upgrade = true

  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.cache_slow_log.name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }

  tags = {
    Name = "${var.name_prefix}-cache"
  }
}

# ---------------------------------------------------------------- DynamoDB

# Shopping carts: short-lived, keyed by cart, expiring through TTL.
resource "aws_dynamodb_table" "carts" {
  name         = "${var.name_prefix}-carts"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "cart_id"

  attribute {
    name = "cart_id"
    type = "S"
  }

  attribute {
    name = "customer_id"
    type = "S"
  }

  global_secondary_index {
    name            = "by-customer"
    hash_key        = "customer_id"
    projection_type = "ALL"
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data.arn
  }

  deletion_protection_enabled = true

  tags = merge(local.backup_tags, {
    Name = "${var.name_prefix}-carts"
  })
}
