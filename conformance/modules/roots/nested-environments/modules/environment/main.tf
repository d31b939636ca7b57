# Everything one environment needs, from the shared modules.

variable "name" {
  type = string
}

variable "cidr" {
  type = string
}

variable "azs" {
  type = list(string)
}

variable "api_count" {
  type    = number
  default = 1
}

variable "db_instances" {
  type    = list(string)
  default = ["one"]
}

variable "db_capacity" {
  type = object({
    min = number
    max = number
  })
}

variable "image_version" {
  type = string
}

module "vpc" {
  source = "../../../../modules/vpc"

  name             = var.name
  cidr             = var.cidr
  azs              = var.azs
  public_subnets   = [for i, z in var.azs : cidrsubnet(var.cidr, 8, i)]
  private_subnets  = [for i, z in var.azs : cidrsubnet(var.cidr, 8, 10 + i)]
  database_subnets = [for i, z in var.azs : cidrsubnet(var.cidr, 8, 20 + i)]

  enable_nat_gateway     = true
  single_nat_gateway     = length(var.azs) < 3
  one_nat_gateway_per_az = length(var.azs) >= 3
}

module "ecs" {
  source = "../../../../modules/ecs"

  cluster_name = var.name
  vpc_id       = module.vpc.vpc_id
  subnet_ids   = module.vpc.private_subnets

  services = {
    api = {
      desired_count            = var.api_count
      autoscaling_min_capacity = var.api_count
      container_definitions = {
        api = {
          image         = "ghcr.io/example/shop-api:${var.image_version}"
          port_mappings = [{ container_port = 8080 }]
          environment = {
            DB_HOST = module.aurora.cluster_endpoint
          }
        }
      }
      security_group_ingress_rules = {
        vpc = { from_port = 8080, cidr_ipv4 = var.cidr }
      }
    }
  }
}

module "aurora" {
  source = "../../../../modules/rds-aurora"

  name                 = var.name
  engine               = "aurora-postgresql"
  engine_version       = "16.6"
  vpc_id               = module.vpc.vpc_id
  db_subnet_group_name = module.vpc.database_subnet_group_name
  allowed_cidr_blocks  = [var.cidr]

  serverlessv2_scaling_configuration = {
    min_capacity = var.db_capacity.min
    max_capacity = var.db_capacity.max
  }

  instances = { for i in var.db_instances : i => {} }

  skip_final_snapshot = startswith(var.name, "shop-staging")
}

output "database_endpoint" {
  value = module.aurora.cluster_endpoint
}

output "api_service" {
  value = module.ecs.services["api"].name
}
