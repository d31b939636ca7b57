# PostgreSQL written with plain resources in an existing VPC found through data sources: a subnet group
# over the VPC's private subnets, a security group with inline rules, a KMS key and a secret for the
# password managed by RDS. The optional replica is created only when enable_replica is set.

provider "aws" {
  region = "eu-south-1"

  default_tags {
    tags = {
      ManagedBy = "terraform"
      Stack     = "billing"
    }
  }
}

data "aws_vpc" "this" {
  filter {
    name   = "tag:Name"
    values = ["billing"]
  }
}

data "aws_subnets" "private" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.this.id]
  }
  tags = {
    Tier = "private"
  }
}

resource "aws_kms_key" "db" {
  description             = "billing database"
  deletion_window_in_days = 14
  enable_key_rotation     = true
}

resource "aws_db_subnet_group" "this" {
  name       = "billing"
  subnet_ids = data.aws_subnets.private.ids
}

resource "aws_security_group" "db" {
  name_prefix = "billing-db-"
  vpc_id      = data.aws_vpc.this.id

  ingress {
    description = "PostgreSQL from the VPC"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = [data.aws_vpc.this.cidr_block]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_instance" "primary" {
  identifier     = "billing"
  engine         = "postgres"
  engine_version = "17.2"
  instance_class = "db.m7g.large"

  allocated_storage     = 200
  max_allocated_storage = 1000
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = aws_kms_key.db.arn

  db_name                       = "billing"
  username                      = "billing"
  manage_master_user_password   = true
  master_user_secret_kms_key_id = aws_kms_key.db.key_id

  multi_az               = true
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.db.id]

  backup_retention_period   = 35
  deletion_protection       = true
  skip_final_snapshot       = false
  final_snapshot_identifier = "billing-final"

  performance_insights_enabled          = true
  performance_insights_retention_period = 7
}

resource "aws_db_instance" "replica" {
  count = var.enable_replica ? 1 : 0

  identifier          = "billing-replica"
  replicate_source_db = aws_db_instance.primary.identifier
  instance_class      = "db.m7g.large"
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.db.arn

  vpc_security_group_ids = [aws_security_group.db.id]
  skip_final_snapshot    = true
}

variable "enable_replica" {
  type    = bool
  default = false
}

output "endpoint" {
  value = aws_db_instance.primary.endpoint
}

output "replica_endpoint" {
  value = one(aws_db_instance.replica[*].endpoint)
}
