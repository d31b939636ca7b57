# RDS Proxy: clients connect with TLS and an IAM token; the proxy reaches the database with the
# master user secret that RDS manages. A read replica has no secret of its own, so it gets no proxy.

locals {
  create_proxy = var.proxy && !local.is_replica
  proxy_name   = "${var.name}-proxy"
}

resource "aws_security_group" "proxy" {
  count = local.create_proxy ? 1 : 0

  name        = local.proxy_name
  description = "RDS Proxy ${local.proxy_name}: clients in, the database out"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = local.proxy_name, "cloudwright:component" = var.component_id })
}

resource "aws_vpc_security_group_ingress_rule" "proxy_clients" {
  for_each = local.create_proxy ? local.client_security_groups : {}

  security_group_id            = aws_security_group.proxy[0].id
  description                  = "Database clients"
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = local.port
  to_port                      = local.port

  tags = merge(var.tags, { Name = "${local.proxy_name}-client-${each.key}", "cloudwright:component" = var.component_id })
}

resource "aws_vpc_security_group_egress_rule" "proxy_to_db" {
  count = local.create_proxy ? 1 : 0

  security_group_id            = aws_security_group.proxy[0].id
  description                  = "To the database"
  referenced_security_group_id = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = local.port
  to_port                      = local.port

  tags = merge(var.tags, { Name = "${local.proxy_name}-to-db", "cloudwright:component" = var.component_id })
}

resource "aws_vpc_security_group_ingress_rule" "db_from_proxy" {
  count = local.create_proxy ? 1 : 0

  security_group_id            = aws_security_group.this.id
  description                  = "From the RDS Proxy"
  referenced_security_group_id = aws_security_group.proxy[0].id
  ip_protocol                  = "tcp"
  from_port                    = local.port
  to_port                      = local.port

  tags = merge(var.tags, { Name = "${var.name}-db-from-proxy", "cloudwright:component" = var.component_id })
}

data "aws_iam_policy_document" "proxy_assume" {
  count = local.create_proxy ? 1 : 0

  statement {
    sid     = "RdsProxy"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["rds.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

# Read the managed master secret, and decrypt it only through Secrets Manager.
data "aws_iam_policy_document" "proxy" {
  count = local.create_proxy ? 1 : 0

  statement {
    sid       = "ReadMasterSecret"
    actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
    resources = [local.master_secret_arn]
  }

  statement {
    sid       = "DecryptMasterSecret"
    actions   = ["kms:Decrypt"]
    resources = [var.kms_key_arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${data.aws_region.current.region}.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "proxy" {
  count = local.create_proxy ? 1 : 0

  name_prefix        = "${substr(var.name, 0, min(length(var.name), 28))}-prx-"
  description        = "RDS Proxy ${local.proxy_name}: reads the master user secret"
  assume_role_policy = data.aws_iam_policy_document.proxy_assume[0].json

  tags = merge(var.tags, { Name = local.proxy_name, "cloudwright:component" = var.component_id })
}

resource "aws_iam_role_policy" "proxy" {
  count = local.create_proxy ? 1 : 0

  name   = "read-master-secret"
  role   = aws_iam_role.proxy[0].id
  policy = data.aws_iam_policy_document.proxy[0].json
}

# Created before the proxy so that its logs land in an encrypted log group with a retention.
resource "aws_cloudwatch_log_group" "proxy" {
  count = local.create_proxy ? 1 : 0

  name              = "/aws/rds/proxy/${local.proxy_name}"
  retention_in_days = local.log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = merge(var.tags, { Name = local.proxy_name, "cloudwright:component" = var.component_id })
}

resource "aws_db_proxy" "this" {
  count = local.create_proxy ? 1 : 0

  name                   = local.proxy_name
  engine_family          = local.is_postgres ? "POSTGRESQL" : "MYSQL"
  role_arn               = aws_iam_role.proxy[0].arn
  vpc_subnet_ids         = var.subnet_ids
  vpc_security_group_ids = [aws_security_group.proxy[0].id]
  require_tls            = true
  idle_client_timeout    = 1800
  debug_logging          = false

  auth {
    description = "Master user secret managed by RDS; clients authenticate with IAM"
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = local.master_secret_arn
  }

  tags = merge(var.tags, { Name = local.proxy_name, "cloudwright:component" = var.component_id })

  depends_on = [aws_cloudwatch_log_group.proxy, aws_iam_role_policy.proxy]
}

resource "aws_db_proxy_default_target_group" "this" {
  count = local.create_proxy ? 1 : 0

  db_proxy_name = aws_db_proxy.this[0].name

  connection_pool_config {
    max_connections_percent      = 90
    max_idle_connections_percent = 50
    connection_borrow_timeout    = 120
  }
}

resource "aws_db_proxy_target" "this" {
  count = local.create_proxy ? 1 : 0

  db_proxy_name          = aws_db_proxy.this[0].name
  target_group_name      = aws_db_proxy_default_target_group.this[0].name
  db_instance_identifier = aws_db_instance.this.identifier
}
