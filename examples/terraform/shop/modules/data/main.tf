# ---------------------------------------------------------------- encryption

resource "aws_kms_key" "data" {
  description             = "${var.name_prefix}: Aurora, ElastiCache, DynamoDB and Secrets Manager data at rest"
  enable_key_rotation     = true
  rotation_period_in_days = 365
  deletion_window_in_days = 30

  tags = {
    Name = "${var.name_prefix}-data"
  }
}

resource "aws_kms_alias" "data" {
  name          = "alias/${var.name_prefix}/data"
  target_key_id = aws_kms_key.data.key_id
}

# ---------------------------------------------------------------- network access

# Workloads that may talk to the data stores carry this group; the stores only
# admit traffic from it.
resource "aws_security_group" "clients" {
  name        = "${var.name_prefix}-data-clients"
  description = "Workloads allowed to reach Aurora and the cache"
  vpc_id      = var.vpc_id

  tags = {
    Name = "${var.name_prefix}-data-clients"
  }
}

resource "aws_security_group" "aurora" {
  name        = "${var.name_prefix}-aurora"
  description = "Aurora PostgreSQL cluster"
  vpc_id      = var.vpc_id

  tags = {
    Name = "${var.name_prefix}-aurora"
  }
}

resource "aws_security_group" "cache" {
  name        = "${var.name_prefix}-cache"
  description = "ElastiCache Valkey replication group"
  vpc_id      = var.vpc_id

  tags = {
    Name = "${var.name_prefix}-cache"
  }
}

resource "aws_vpc_security_group_ingress_rule" "aurora_from_clients" {
  security_group_id            = aws_security_group.aurora.id
  description                  = "PostgreSQL from data clients"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.clients.id
}

resource "aws_vpc_security_group_ingress_rule" "cache_from_clients" {
  security_group_id            = aws_security_group.cache.id
  description                  = "Valkey (TLS) from data clients"
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  referenced_security_group_id = aws_security_group.clients.id
}

resource "aws_vpc_security_group_egress_rule" "clients_to_aurora" {
  security_group_id            = aws_security_group.clients.id
  description                  = "PostgreSQL to Aurora"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.aurora.id
}

resource "aws_vpc_security_group_egress_rule" "clients_to_cache" {
  security_group_id            = aws_security_group.clients.id
  description                  = "Valkey (TLS) to the cache"
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  referenced_security_group_id = aws_security_group.cache.id
}

# ---------------------------------------------------------------- secrets

# Payment-provider and mail API keys. Only the container is managed here: the
# values are written out of band by the security team, never by Terraform.
resource "aws_secretsmanager_secret" "app" {
  name                    = "${var.name_prefix}/app"
  description             = "Third-party API keys of the shop (payments, e-mail, search)"
  kms_key_id              = aws_kms_key.data.arn
  recovery_window_in_days = 30

  replica {
    region = var.dr_region
  }

  tags = {
    Name = "${var.name_prefix}-app-secrets"
  }
}
