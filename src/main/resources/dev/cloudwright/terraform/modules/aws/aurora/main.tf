locals {
  is_postgres = var.engine == "aurora-postgresql"
  is_primary  = !var.is_secondary
  # Ephemeral resources and write-only arguments need Terraform 1.11 (see versions.tf).
  terraform_password = local.is_primary && !var.manage_master_password
  port               = local.is_postgres ? 5432 : 3306

  # Parameter group family: aurora-postgresql16 from "16.6", aurora-mysql8.0 from "8.0.mysql_aurora.3.08.2".
  version_parts = split(".", var.engine_version)
  major_version = local.is_postgres ? local.version_parts[0] : join(".", slice(local.version_parts, 0, min(2, length(local.version_parts))))
  family        = "${var.engine}${local.major_version}"

  # Engine logs exported to CloudWatch Logs (the MySQL audit log is switched on in the parameter group).
  log_exports        = local.is_postgres ? ["postgresql"] : ["audit", "error", "slowquery"]
  log_retention_days = var.log_retention_days

  # TLS only, slow statements logged, and for MySQL the audit log of connections and DDL/DCL (with audit_logging, data
  # queries too). With audit_logging, PostgreSQL loads pgaudit, which writes to the postgresql log.
  # https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Auditing.html
  # https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.PostgreSQL.CommonDBATasks.pgaudit.html
  cluster_parameters = merge(local.is_postgres ? {
    "rds.force_ssl"              = "1"
    "log_min_duration_statement" = "1000"
    } : {
    "require_secure_transport" = "ON"
    "server_audit_logging"     = "1"
    "server_audit_events"      = var.audit_logging ? "CONNECT,QUERY_DCL,QUERY_DDL,QUERY_DML" : "CONNECT,QUERY_DCL,QUERY_DDL"
    "slow_query_log"           = "1"
    "long_query_time"          = "1"
    "log_output"               = "FILE"
  }, var.audit_logging && local.is_postgres ? local.pgaudit_parameters : {}, local.managed_rpo_parameters)

  # Aurora PostgreSQL global database: commits wait while every secondary lags more than the managed RPO.
  managed_rpo_parameters = var.managed_rpo_seconds != null && local.is_postgres ? { "rds.global_db_rpo" = tostring(var.managed_rpo_seconds) } : {}

  pgaudit_parameters = {
    "shared_preload_libraries" = "pg_stat_statements,pgaudit"
    "pgaudit.log"              = "ddl,role,write"
    "pgaudit.role"             = "rds_pgaudit"
    "log_connections"          = "1"
    "log_disconnections"       = "1"
  }
  # Static parameters take effect at the next reboot (a new cluster starts with them).
  static_parameters = ["shared_preload_libraries"]

  # Keys known before apply (list positions), so the rules can be planned offline.
  client_security_groups = { for i, id in var.client_security_group_ids : tostring(i) => id }
}

data "aws_partition" "current" {}

data "aws_caller_identity" "current" {}

resource "aws_db_subnet_group" "this" {
  name        = var.name
  description = "Data subnets of the ${var.name} Aurora cluster"
  subnet_ids  = var.subnet_ids

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

resource "aws_security_group" "this" {
  name        = "${var.name}-db"
  description = "Aurora cluster ${var.name}: ${local.is_postgres ? "PostgreSQL" : "MySQL"} from the application security groups only"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-db", "cloudwright:component" = var.component_id })
}

resource "aws_vpc_security_group_ingress_rule" "clients" {
  for_each = local.client_security_groups

  security_group_id            = aws_security_group.this.id
  description                  = "Database clients"
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = local.port
  to_port                      = local.port

  tags = merge(var.tags, { Name = "${var.name}-db-client-${each.key}", "cloudwright:component" = var.component_id })
}

resource "aws_rds_cluster_parameter_group" "this" {
  name_prefix = "${var.name}-"
  family      = local.family
  description = "${var.name}: TLS only, slow statement and audit logging"

  dynamic "parameter" {
    for_each = local.cluster_parameters
    content {
      name         = parameter.key
      value        = parameter.value
      apply_method = contains(local.static_parameters, parameter.key) ? "pending-reboot" : "immediate"
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  lifecycle {
    create_before_destroy = true
  }
}

# Created before the cluster so that RDS writes into encrypted log groups with a retention.
resource "aws_cloudwatch_log_group" "this" {
  for_each = toset(local.log_exports)

  name              = "/aws/rds/cluster/${var.name}/${each.key}"
  retention_in_days = local.log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = merge(var.tags, { Name = "${var.name}-${each.key}", "cloudwright:component" = var.component_id })
}

data "aws_iam_policy_document" "monitoring_assume" {
  statement {
    sid     = "RdsEnhancedMonitoring"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["monitoring.rds.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_iam_role" "monitoring" {
  name_prefix        = "${substr(var.name, 0, min(length(var.name), 28))}-mon-"
  description        = "Enhanced Monitoring of the ${var.name} Aurora instances"
  assume_role_policy = data.aws_iam_policy_document.monitoring_assume.json

  tags = merge(var.tags, { Name = "${var.name}-monitoring", "cloudwright:component" = var.component_id })
}

resource "aws_iam_role_policy_attachment" "monitoring" {
  role       = aws_iam_role.monitoring.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}

resource "aws_rds_cluster" "this" {
  cluster_identifier = var.name
  engine             = var.engine
  engine_version     = var.engine_version
  storage_type       = var.storage_type
  port               = local.port

  global_cluster_identifier = var.global_cluster_identifier

  # The primary owns the database and the master user, whose password RDS generates and rotates in
  # Secrets Manager; a secondary replicates both from the primary region.
  database_name                 = local.is_primary ? var.database_name : null
  master_username               = local.is_primary ? var.master_username : null
  manage_master_user_password   = local.is_primary && var.manage_master_password ? true : null
  master_user_secret_kms_key_id = local.is_primary && var.manage_master_password ? var.kms_key_arn : null
  master_password_wo            = local.terraform_password ? ephemeral.aws_secretsmanager_random_password.master[0].random_password : null
  master_password_wo_version    = local.terraform_password ? 1 : null

  iam_database_authentication_enabled = true

  db_subnet_group_name            = aws_db_subnet_group.this.name
  vpc_security_group_ids          = [aws_security_group.this.id]
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.this.name

  storage_encrypted = true
  kms_key_id        = var.kms_key_arn

  backup_retention_period   = var.backup_retention_days
  copy_tags_to_snapshot     = true
  deletion_protection       = var.deletion_protection
  skip_final_snapshot       = false
  final_snapshot_identifier = "${var.name}-final"

  enabled_cloudwatch_logs_exports = local.log_exports

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  depends_on = [aws_cloudwatch_log_group.this]

  lifecycle {
    # A secondary cluster keeps following the global database after a switchover or failover.
    ignore_changes = [replication_source_identifier]

    precondition {
      condition     = !var.is_secondary || var.global_cluster_identifier != null
      error_message = "is_secondary = true needs global_cluster_identifier: a secondary cluster is a member of a global database."
    }

    precondition {
      condition     = var.is_secondary || var.instance_count >= 1
      error_message = "instance_count must be at least 1 for a primary cluster (only a secondary cluster can be headless)."
    }
  }
}

resource "aws_rds_cluster_instance" "this" {
  count = var.instance_count

  identifier         = "${var.name}-${count.index + 1}"
  cluster_identifier = aws_rds_cluster.this.id
  engine             = aws_rds_cluster.this.engine
  instance_class     = var.instance_class

  db_subnet_group_name = aws_db_subnet_group.this.name
  publicly_accessible  = false

  auto_minor_version_upgrade = true
  copy_tags_to_snapshot      = true

  performance_insights_enabled          = true
  performance_insights_kms_key_id       = var.kms_key_arn
  performance_insights_retention_period = 7

  monitoring_interval = 60
  monitoring_role_arn = aws_iam_role.monitoring.arn

  tags = merge(var.tags, { Name = "${var.name}-${count.index + 1}", "cloudwright:component" = var.component_id })

  depends_on = [aws_iam_role_policy_attachment.monitoring]
}

# Without an RDS-managed password (not available to clusters of an Aurora global database), Terraform generates the master password with
# an ephemeral resource and sends it write-only: it is never stored in the state or the plan. The
# same value goes, write-only too, into a secret the application reads.
# https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations
ephemeral "aws_secretsmanager_random_password" "master" {
  count = local.terraform_password ? 1 : 0

  password_length    = 32
  exclude_characters = "/\"@' "
}

resource "aws_secretsmanager_secret" "master" {
  count = local.terraform_password ? 1 : 0

  name                    = "${var.name}/master-user"
  description             = "Master user of ${var.name}, set by Terraform at creation (write-only)."
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = 30

  dynamic "replica" {
    for_each = var.master_user_replicas
    content {
      region     = replica.value.region
      kms_key_id = replica.value.kms_key_arn
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-master-user", "cloudwright:component" = var.component_id })
}

resource "aws_secretsmanager_secret_version" "master" {
  count = local.terraform_password ? 1 : 0

  secret_id = aws_secretsmanager_secret.master[0].id
  secret_string_wo = jsonencode({
    username = var.master_username
    password = ephemeral.aws_secretsmanager_random_password.master[0].random_password
  })
  secret_string_wo_version = 1
}
