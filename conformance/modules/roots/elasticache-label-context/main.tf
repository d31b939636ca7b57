# Names and tags from a root label passed down as a context: the cache module makes its own label from
# the context plus its name and attributes, so its id is "acme-ue1-prod-sessions-cache".

provider "aws" {
  region = "us-east-1"
}

module "label" {
  source = "../../modules/label"

  namespace   = "acme"
  environment = "ue1"
  stage       = "prod"
  tags = {
    CostCenter = "web"
  }
}

module "vpc" {
  source = "../../modules/vpc"

  name            = module.label.id
  cidr            = "10.90.0.0/16"
  azs             = ["us-east-1a", "us-east-1b", "us-east-1c"]
  private_subnets = ["10.90.0.0/24", "10.90.1.0/24", "10.90.2.0/24"]
  tags            = module.label.tags
}

module "sessions" {
  source = "../../modules/elasticache"

  context    = module.label.context
  name       = "sessions"
  attributes = ["cache"]

  engine         = "valkey"
  engine_version = "8.0"
  family         = "valkey8"
  instance_type  = "cache.r7g.large"
  cluster_size   = 2

  multi_az_enabled         = true
  snapshot_retention_limit = 5
  snapshot_window          = "05:00-06:00"

  vpc_id              = module.vpc.vpc_id
  subnets             = module.vpc.private_subnets
  allowed_cidr_blocks = ["10.90.0.0/16"]

  parameters = [
    { name = "maxmemory-policy", value = "volatile-lru" },
  ]
}

# The same module switched off through the context: nothing is created.
module "disabled" {
  source = "../../modules/elasticache"

  context = merge(module.label.context, { enabled = false })
  name    = "unused"
}

output "sessions_id" {
  value = module.sessions.id
}
