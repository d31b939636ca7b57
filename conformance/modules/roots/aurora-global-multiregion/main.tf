# An Aurora global database across two regions: the global cluster in the primary region, a primary
# cluster there and a secondary cluster in the DR region through a provider alias passed to the module
# (providers = { aws = aws.secondary }). Each region has its own VPC and key.

provider "aws" {
  region = var.primary_region
}

provider "aws" {
  alias  = "secondary"
  region = var.secondary_region
}

data "aws_availability_zones" "primary" {}

data "aws_availability_zones" "secondary" {
  provider = aws.secondary
}

locals {
  name = "payments"

  regions = {
    primary   = { cidr = "10.70.0.0/16", azs = slice(data.aws_availability_zones.primary.names, 0, 3) }
    secondary = { cidr = "10.71.0.0/16", azs = slice(data.aws_availability_zones.secondary.names, 0, 3) }
  }
}

resource "aws_rds_global_cluster" "this" {
  global_cluster_identifier = local.name
  engine                    = "aurora-mysql"
  engine_version            = "8.0.mysql_aurora.3.08.2"
  database_name             = "payments"
  storage_encrypted         = true
}

module "vpc_primary" {
  source = "../../modules/vpc"

  name             = "${local.name}-primary"
  cidr             = local.regions.primary.cidr
  azs              = local.regions.primary.azs
  private_subnets  = [for i, z in local.regions.primary.azs : cidrsubnet(local.regions.primary.cidr, 8, i)]
  database_subnets = [for i, z in local.regions.primary.azs : cidrsubnet(local.regions.primary.cidr, 8, 100 + i)]
}

module "vpc_secondary" {
  source = "../../modules/vpc"
  providers = {
    aws = aws.secondary
  }

  name             = "${local.name}-secondary"
  cidr             = local.regions.secondary.cidr
  azs              = local.regions.secondary.azs
  private_subnets  = [for i, z in local.regions.secondary.azs : cidrsubnet(local.regions.secondary.cidr, 8, i)]
  database_subnets = [for i, z in local.regions.secondary.azs : cidrsubnet(local.regions.secondary.cidr, 8, 100 + i)]
}

module "kms_secondary" {
  source    = "../../modules/kms"
  providers = { aws = aws.secondary }

  description = "Aurora ${local.name} in ${var.secondary_region}"
  aliases     = ["rds/${local.name}"]
}

module "aurora_primary" {
  source = "../../modules/rds-aurora"

  name                      = "${local.name}-primary"
  engine                    = aws_rds_global_cluster.this.engine
  engine_version            = aws_rds_global_cluster.this.engine_version
  global_cluster_identifier = aws_rds_global_cluster.this.id
  database_name             = aws_rds_global_cluster.this.database_name
  master_username           = "admin"
  instance_class            = "db.r7g.large"

  vpc_id               = module.vpc_primary.vpc_id
  db_subnet_group_name = module.vpc_primary.database_subnet_group_name
  allowed_cidr_blocks  = [local.regions.primary.cidr]

  instances = {
    one = {}
    two = {}
  }
}

module "aurora_secondary" {
  source = "../../modules/rds-aurora"
  providers = {
    aws = aws.secondary
  }

  name                      = "${local.name}-secondary"
  is_primary_cluster        = false
  engine                    = aws_rds_global_cluster.this.engine
  engine_version            = aws_rds_global_cluster.this.engine_version
  global_cluster_identifier = aws_rds_global_cluster.this.id
  source_region             = var.primary_region
  instance_class            = "db.r7g.large"
  kms_key_id                = module.kms_secondary.key_arn

  vpc_id               = module.vpc_secondary.vpc_id
  db_subnet_group_name = module.vpc_secondary.database_subnet_group_name
  allowed_cidr_blocks  = [local.regions.secondary.cidr]

  instances = {
    one = {}
  }

  depends_on = [module.aurora_primary]
}

variable "primary_region" {
  type    = string
  default = "us-east-1"
}

variable "secondary_region" {
  type    = string
  default = "us-west-2"
}
