# A MySQL primary with read replicas whose number comes from terraform.tfvars, a parameter group
# whose family is derived from the engine version, and a security group from the security-group module.

provider "aws" {
  region = var.region
}

data "aws_availability_zones" "available" {}

module "vpc" {
  source = "../../modules/vpc"

  name             = var.name
  cidr             = "10.80.0.0/16"
  azs              = slice(data.aws_availability_zones.available.names, 0, 2)
  private_subnets  = ["10.80.0.0/24", "10.80.1.0/24"]
  database_subnets = ["10.80.10.0/24", "10.80.11.0/24"]
}

module "db_security_group" {
  source = "../../modules/security-group"

  name   = "${var.name}-db"
  vpc_id = module.vpc.vpc_id
  ingress_rules = {
    mysql = {
      from_port = 3306
      cidr_ipv4 = "10.80.0.0/16"
    }
  }
}

module "db" {
  source = "../../modules/rds"

  identifier     = var.name
  engine         = "mysql"
  engine_version = var.engine_version
  instance_class = var.instance_class

  allocated_storage     = 100
  max_allocated_storage = 500
  storage_type          = "gp3"

  db_name  = "catalog"
  username = "catalog_admin"

  multi_az               = var.multi_az
  db_subnet_group_name   = module.vpc.database_subnet_group_name
  vpc_security_group_ids = [module.db_security_group.security_group_id]

  create_db_parameter_group = true
  parameters = [
    { name = "character_set_server", value = "utf8mb4" },
    { name = "long_query_time", value = "2" },
  ]

  read_replica_count     = var.read_replicas
  replica_instance_class = var.replica_instance_class

  backup_retention_period         = 7
  backup_window                   = "03:00-04:00"
  maintenance_window              = "Mon:04:30-Mon:05:30"
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
}
