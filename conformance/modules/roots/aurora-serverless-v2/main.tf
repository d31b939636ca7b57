# Aurora PostgreSQL Serverless v2: a writer and a reader (instances map with per-instance overrides),
# a cluster parameter group, enhanced monitoring, and access from the application's security group.

provider "aws" {
  region = "ca-central-1"
}

data "aws_availability_zones" "available" {}

data "aws_partition" "current" {}

locals {
  name = "ledger"
  azs  = slice(data.aws_availability_zones.available.names, 0, 3)
}

module "vpc" {
  source = "../../modules/vpc"

  name             = local.name
  cidr             = "10.60.0.0/16"
  azs              = local.azs
  private_subnets  = ["10.60.0.0/20", "10.60.16.0/20", "10.60.32.0/20"]
  database_subnets = ["10.60.200.0/24", "10.60.201.0/24", "10.60.202.0/24"]
}

module "app_security_group" {
  source = "../../modules/security-group"

  name   = "${local.name}-app"
  vpc_id = module.vpc.vpc_id
}

module "aurora" {
  source = "../../modules/rds-aurora"

  name           = local.name
  engine         = "aurora-postgresql"
  engine_version = "16.6"
  database_name  = "ledger"
  partition      = data.aws_partition.current.partition

  vpc_id                  = module.vpc.vpc_id
  db_subnet_group_name    = module.vpc.database_subnet_group_name
  allowed_security_groups = [module.app_security_group.security_group_id]

  serverlessv2_scaling_configuration = {
    min_capacity = 0.5
    max_capacity = 16
  }

  instances = {
    writer = {
      promotion_tier = 0
    }
    reader = {
      availability_zone            = local.azs[1]
      promotion_tier               = 1
      performance_insights_enabled = true
    }
  }

  cluster_parameter_group = {
    family = "aurora-postgresql16"
    parameters = [
      { name = "log_min_duration_statement", value = "2000" },
      { name = "rds.force_ssl", value = "1", apply_method = "pending-reboot" },
    ]
  }

  monitoring_interval             = 60
  backup_retention_period         = 14
  deletion_protection             = true
  enabled_cloudwatch_logs_exports = ["postgresql"]

  tags = { Service = local.name }
}

output "writer_endpoint" {
  value = module.aurora.cluster_endpoint
}
