# Every module called with its create flag off, as example roots do to show that "create = false"
# makes nothing: no instance of any of them, only the one bucket that is switched on.

provider "aws" {
  region = "us-east-1"
}

module "vpc_disabled" {
  source = "../../modules/vpc"

  create_vpc      = false
  name            = "off"
  azs             = ["us-east-1a", "us-east-1b"]
  public_subnets  = ["10.0.0.0/24", "10.0.1.0/24"]
  private_subnets = ["10.0.10.0/24", "10.0.11.0/24"]

  enable_nat_gateway = true
  enable_flow_log    = true
}

module "ecs_disabled" {
  source = "../../modules/ecs"

  create       = false
  cluster_name = "off"
  services = {
    api = { container_definitions = { api = { image = "nginx:1.27" } } }
  }
}

module "eks_disabled" {
  source = "../../modules/eks"

  create = false
  name   = "off"
  managed_node_groups = {
    default = {}
  }
}

module "aurora_disabled" {
  source = "../../modules/rds-aurora"

  create    = false
  name      = "off"
  instances = { one = {} }
}

module "lambda_disabled" {
  source = "../../modules/lambda"

  create        = false
  function_name = "off"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
}

module "kms_disabled" {
  source = "../../modules/kms"

  create  = false
  aliases = ["off"]
}

module "table_disabled" {
  source = "../../modules/dynamodb-table"

  create_table = false
  name         = "off"
  hash_key     = "id"
  attributes   = [{ name = "id", type = "S" }]
}

module "cdn_disabled" {
  source = "../../modules/cloudfront"

  create_distribution    = false
  origin                 = { a = { domain_name = "example.com" } }
  default_cache_behavior = { target_origin_id = "a" }
}

module "bucket" {
  source = "../../modules/s3-bucket"

  bucket                                = "flags-on-${var.suffix}"
  control_object_ownership              = false
  attach_deny_insecure_transport_policy = false
  server_side_encryption_configuration  = null
}

module "bucket_disabled" {
  source = "../../modules/s3-bucket"

  create_bucket = false
  bucket        = "off"
  versioning    = { enabled = true }
}

variable "suffix" {
  type    = string
  default = "b7d1"
}

output "outputs_of_disabled_modules" {
  value = {
    vpc_id      = module.vpc_disabled.vpc_id
    cluster_arn = module.ecs_disabled.cluster_arn
    eks_name    = module.eks_disabled.cluster_name
    aurora      = module.aurora_disabled.cluster_endpoint
    lambda      = module.lambda_disabled.lambda_function_arn
    key         = module.kms_disabled.key_arn
    table       = module.table_disabled.dynamodb_table_arn
    cdn         = module.cdn_disabled.cloudfront_distribution_arn
    bucket      = module.bucket_disabled.s3_bucket_arn
  }
}
