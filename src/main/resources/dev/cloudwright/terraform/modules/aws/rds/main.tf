locals {
  is_postgres = var.engine == "postgres"
  is_replica  = var.is_replica
  # Ephemeral resources and write-only arguments need Terraform 1.11 (see versions.tf).
  terraform_password = !local.is_replica && !var.manage_master_password
  master_secret_arn  = local.terraform_password ? aws_secretsmanager_secret.master[0].arn : one(aws_db_instance.this.master_user_secret[*].secret_arn)
  port               = local.is_postgres ? 5432 : 3306

  # Parameter group family: postgres16 from "16.6", mysql8.0 from "8.0.40".
  version_parts = split(".", var.engine_version)
  family        = local.is_postgres ? "postgres${local.version_parts[0]}" : "mysql${join(".", slice(local.version_parts, 0, min(2, length(local.version_parts))))}"

  log_exports        = concat(local.is_postgres ? ["postgresql", "upgrade"] : ["error", "slowquery"], var.audit_logging && !local.is_postgres ? ["audit"] : [])
  log_retention_days = var.log_retention_days

  # TLS only and slow statements logged; with audit_logging, database activity too: pgaudit for PostgreSQL (it writes to
  # the postgresql log), the MariaDB Audit Plugin option for MySQL (below).
  # https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.PostgreSQL.CommonDBATasks.pgaudit.html
  # https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.MySQL.Options.AuditPlugin.html
  parameters = merge(local.is_postgres ? {
    "rds.force_ssl"              = "1"
    "log_min_duration_statement" = "1000"
    } : {
    "require_secure_transport" = "1"
    "slow_query_log"           = "1"
    "long_query_time"          = "1"
    "log_output"               = "FILE"
  }, var.audit_logging && local.is_postgres ? local.pgaudit_parameters : {})

  pgaudit_parameters = {
    "shared_preload_libraries" = "pg_stat_statements,pgaudit"
    "pgaudit.log"              = "ddl,role,write"
    "pgaudit.role"             = "rds_pgaudit"
    "log_connections"          = "1"
    "log_disconnections"       = "1"
  }
  # Static parameters take effect at the next reboot (a new instance starts with them).
  static_parameters = ["shared_preload_libraries"]

  # Keys known before apply (list positions), so the rules can be planned offline.
  client_security_groups = { for i, id in var.client_security_group_ids : tostring(i) => id }
}

data "aws_partition" "current" {}

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

resource "aws_db_subnet_group" "this" {
  name        = var.name
  description = "Data subnets of the ${var.name} database"
  subnet_ids  = var.subnet_ids

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

resource "aws_security_group" "this" {
  name        = "${var.name}-db"
  description = "RDS ${var.name}: ${local.is_postgres ? "PostgreSQL" : "MySQL"} from the application security groups and the proxy only"
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

# MySQL's audit log: the MariaDB Audit Plugin option (connections, DDL, grants and writes; reads are not recorded).
resource "aws_db_option_group" "audit" {
  count = var.audit_logging && !local.is_postgres ? 1 : 0

  name_prefix              = "${var.name}-audit-"
  option_group_description = "${var.name}: MariaDB Audit Plugin"
  engine_name              = var.engine
  major_engine_version     = join(".", slice(local.version_parts, 0, 2))

  option {
    option_name = "MARIADB_AUDIT_PLUGIN"

    option_settings {
      name  = "SERVER_AUDIT_EVENTS"
      value = "CONNECT,QUERY_DDL,QUERY_DCL,QUERY_DML_NO_SELECT"
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-audit", "cloudwright:component" = var.component_id })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_parameter_group" "this" {
  name_prefix = "${var.name}-"
  family      = local.family
  description = "${var.name}: TLS only, slow statement logging"

  dynamic "parameter" {
    for_each = local.parameters
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

# Created before the instance so that RDS writes into encrypted log groups with a retention.
resource "aws_cloudwatch_log_group" "this" {
  for_each = toset(local.log_exports)

  name              = "/aws/rds/instance/${var.name}/${each.key}"
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
  description        = "Enhanced Monitoring of the ${var.name} DB instance"
  assume_role_policy = data.aws_iam_policy_document.monitoring_assume.json

  tags = merge(var.tags, { Name = "${var.name}-monitoring", "cloudwright:component" = var.component_id })
}

resource "aws_iam_role_policy_attachment" "monitoring" {
  role       = aws_iam_role.monitoring.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}

resource "aws_db_instance" "this" {
  identifier     = var.name
  engine         = local.is_replica ? null : var.engine
  engine_version = local.is_replica ? null : var.engine_version
  instance_class = var.instance_class
  port           = local.port

  # A read replica follows its source: no master user or database of its own.
  replicate_source_db           = var.replicate_source_db
  db_name                       = local.is_replica ? null : var.database_name
  username                      = local.is_replica ? null : var.master_username
  manage_master_user_password   = !local.is_replica && var.manage_master_password ? true : null
  master_user_secret_kms_key_id = !local.is_replica && var.manage_master_password ? var.kms_key_arn : null
  password_wo                   = local.terraform_password ? ephemeral.aws_secretsmanager_random_password.master[0].random_password : null
  password_wo_version           = local.terraform_password ? 1 : null

  iam_database_authentication_enabled = true

  allocated_storage     = var.allocated_storage
  max_allocated_storage = var.max_allocated_storage > 0 ? var.max_allocated_storage : null
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = var.kms_key_arn

  multi_az               = var.multi_az
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.this.id]
  publicly_accessible    = false
  parameter_group_name   = aws_db_parameter_group.this.name
  option_group_name      = one(aws_db_option_group.audit[*].name)

  backup_retention_period   = var.backup_retention_days
  delete_automated_backups  = false
  copy_tags_to_snapshot     = true
  deletion_protection       = var.deletion_protection
  skip_final_snapshot       = false
  final_snapshot_identifier = "${var.name}-final"

  auto_minor_version_upgrade = true

  performance_insights_enabled          = true
  performance_insights_kms_key_id       = var.kms_key_arn
  performance_insights_retention_period = 7

  monitoring_interval = 60
  monitoring_role_arn = aws_iam_role.monitoring.arn

  enabled_cloudwatch_logs_exports = local.log_exports

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  depends_on = [aws_cloudwatch_log_group.this, aws_iam_role_policy_attachment.monitoring]

  lifecycle {
    precondition {
      condition     = var.is_replica == (var.replicate_source_db != null)
      error_message = "Set is_replica = true together with replicate_source_db (and only then)."
    }
  }
}

# Without an RDS-managed password (not available to an instance with read replicas), Terraform generates the master password with
# an ephemeral resource and sends it write-only: it is never stored in the state or the plan. The
# same value goes, write-only too, into a secret the application reads.
# https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations
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
