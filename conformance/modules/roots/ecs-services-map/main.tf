# Several Fargate services behind one load balancer, declared as a map in terraform.tfvars: the cluster
# module creates one service module per entry, and each service one container module per container
# (root -> ecs -> ecs-service[key] -> container-definition[key]).

provider "aws" {
  region = var.region

  default_tags {
    tags = local.tags
  }
}

data "aws_availability_zones" "available" {
  state = "available"
}

locals {
  name = "${var.project}-${var.environment}"
  azs  = slice(data.aws_availability_zones.available.names, 0, var.zone_count)

  tags = {
    Project     = var.project
    Environment = var.environment
  }

  # Services that take traffic get a target group and a listener rule.
  public_services = { for k, s in var.services : k => s if s.path_pattern != null }
}

module "vpc" {
  source = "../../modules/vpc"

  name = local.name
  cidr = var.vpc_cidr
  azs  = local.azs

  public_subnets  = [for i, az in local.azs : cidrsubnet(var.vpc_cidr, 8, i)]
  private_subnets = [for i, az in local.azs : cidrsubnet(var.vpc_cidr, 8, i + 10)]

  enable_nat_gateway = true
  single_nat_gateway = var.environment != "prod"
}

module "alb" {
  source = "../../modules/alb"

  name    = local.name
  vpc_id  = module.vpc.vpc_id
  subnets = module.vpc.public_subnets

  target_groups = {
    for k, s in local.public_services : k => {
      port         = s.port
      health_check = { path = s.health_path }
    }
  }

  listeners = {
    http = {
      port     = 80
      protocol = "HTTP"
      fixed_response = {
        message_body = "not found"
      }
      rules = {
        for k, s in local.public_services : k => {
          priority         = s.priority
          target_group_key = k
          path_patterns    = [s.path_pattern]
        }
      }
    }
  }
}

module "ecs" {
  source = "../../modules/ecs"

  cluster_name = local.name
  vpc_id       = module.vpc.vpc_id
  subnet_ids   = module.vpc.private_subnets

  services = {
    for k, s in var.services : k => {
      desired_count = s.desired_count
      cpu           = s.cpu
      memory        = s.memory
      container_definitions = {
        (k) = {
          image         = "${var.image_registry}/${k}:${s.image_tag}"
          port_mappings = [{ name = k, container_port = s.port }]
          environment   = merge({ SERVICE = k, ENVIRONMENT = var.environment }, s.environment)
        }
      }
      load_balancer = s.path_pattern == null ? null : {
        main = {
          target_group_arn = module.alb.target_groups[k].arn
          container_name   = k
          container_port   = s.port
        }
      }
      security_group_ingress_rules = s.path_pattern == null ? {} : {
        from_alb = {
          from_port                    = s.port
          referenced_security_group_id = module.alb.security_group_id
        }
      }
      autoscaling_max_capacity = s.max_count
    }
  }
}
