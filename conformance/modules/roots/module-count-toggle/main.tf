# Optional parts switched by count on the module call (count = var.enable_x ? 1 : 0) and read back
# with one(module.x[*].output) or try(module.x[0].output, null), as environment roots do.

provider "aws" {
  region = "eu-west-1"
}

data "aws_availability_zones" "available" {}

locals {
  azs = slice(data.aws_availability_zones.available.names, 0, 3)
}

module "vpc" {
  source = "../../modules/vpc"

  name            = "toggle"
  cidr            = "10.140.0.0/16"
  azs             = local.azs
  private_subnets = ["10.140.0.0/19", "10.140.32.0/19", "10.140.64.0/19"]
  public_subnets  = ["10.140.96.0/24", "10.140.97.0/24", "10.140.98.0/24"]

  enable_nat_gateway = true
  single_nat_gateway = true
}

module "eks" {
  source = "../../modules/eks"
  count  = var.enable_kubernetes ? 1 : 0

  name       = "toggle"
  vpc_id     = module.vpc.vpc_id
  subnet_ids = module.vpc.private_subnets

  managed_node_groups = {
    default = {}
  }
}

module "cache" {
  source = "../../modules/elasticache"
  count  = var.enable_cache ? 1 : 0

  name    = "toggle"
  vpc_id  = module.vpc.vpc_id
  subnets = module.vpc.private_subnets

  allowed_security_group_ids = var.enable_kubernetes ? [module.eks[0].cluster_security_group_id] : []
}

module "cdn_logs" {
  source = "../../modules/s3-bucket"
  count  = var.enable_cdn_logs ? 1 : 0

  bucket_prefix = "toggle-cdn-logs-"
}

variable "enable_kubernetes" {
  type    = bool
  default = true
}

variable "enable_cache" {
  type    = bool
  default = true
}

variable "enable_cdn_logs" {
  type    = bool
  default = false
}

output "cluster_endpoint" {
  value = one(module.eks[*].cluster_endpoint)
}

output "cache_endpoint" {
  value = try(module.cache[0].endpoint, null)
}

output "cdn_logs_bucket" {
  value = one(module.cdn_logs[*].s3_bucket_id)
}
