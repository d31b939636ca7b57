# One Fargate service behind an HTTPS load balancer: HTTP redirects to HTTPS, the certificate is
# validated by DNS in an existing hosted zone, the service's tasks only accept traffic from the load balancer.

provider "aws" {
  region = "us-west-2"
}

data "aws_availability_zones" "available" {}

data "aws_route53_zone" "this" {
  name = var.domain_name
}

locals {
  name = "checkout"
  azs  = slice(data.aws_availability_zones.available.names, 0, 2)

  container_name = "app"
  container_port = 8443
}

module "vpc" {
  source = "../../modules/vpc"

  name               = local.name
  cidr               = "10.1.0.0/16"
  azs                = local.azs
  public_subnets     = ["10.1.0.0/24", "10.1.1.0/24"]
  private_subnets    = ["10.1.10.0/24", "10.1.11.0/24"]
  enable_nat_gateway = true
  single_nat_gateway = true
}

resource "aws_acm_certificate" "this" {
  domain_name       = "${local.name}.${var.domain_name}"
  validation_method = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "validation" {
  for_each = {
    for o in aws_acm_certificate.this.domain_validation_options : o.domain_name => o
  }

  zone_id = data.aws_route53_zone.this.zone_id
  name    = each.value.resource_record_name
  type    = each.value.resource_record_type
  records = [each.value.resource_record_value]
  ttl     = 60
}

resource "aws_acm_certificate_validation" "this" {
  certificate_arn         = aws_acm_certificate.this.arn
  validation_record_fqdns = [for r in aws_route53_record.validation : r.fqdn]
}

module "alb" {
  source = "../../modules/alb"

  name    = local.name
  vpc_id  = module.vpc.vpc_id
  subnets = module.vpc.public_subnets

  target_groups = {
    app = {
      port         = local.container_port
      protocol     = "HTTPS"
      health_check = { path = "/healthz" }
    }
  }

  listeners = {
    http = {
      port     = 80
      protocol = "HTTP"
      redirect = {}
    }
    https = {
      port            = 443
      protocol        = "HTTPS"
      certificate_arn = aws_acm_certificate_validation.this.certificate_arn
      forward         = { target_group_key = "app" }
    }
  }
}

resource "aws_ecs_cluster" "this" {
  name = local.name

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

module "service" {
  source = "../../modules/ecs-service"

  name        = local.name
  cluster_arn = aws_ecs_cluster.this.arn
  cpu         = 1024
  memory      = 2048

  runtime_platform = {
    cpu_architecture = "ARM64"
  }

  container_definitions = {
    (local.container_name) = {
      image         = "public.ecr.aws/example/checkout:2.4.1"
      port_mappings = [{ container_port = local.container_port }]
      health_check = {
        command  = ["CMD-SHELL", "curl -fsk https://localhost:${local.container_port}/healthz || exit 1"]
        interval = 15
      }
      secrets = {
        DATABASE_URL = "arn:aws:secretsmanager:us-west-2:123456789012:secret:checkout/db"
      }
    }
  }

  load_balancer = {
    app = {
      target_group_arn = module.alb.target_groups["app"].arn
      container_name   = local.container_name
      container_port   = local.container_port
    }
  }

  vpc_id     = module.vpc.vpc_id
  subnet_ids = module.vpc.private_subnets
  security_group_ingress_rules = {
    alb = {
      from_port                    = local.container_port
      referenced_security_group_id = module.alb.security_group_id
    }
  }

  task_exec_secret_arns = ["arn:aws:secretsmanager:us-west-2:123456789012:secret:checkout/db"]

  autoscaling_min_capacity = 2
  autoscaling_max_capacity = 8
}

resource "aws_route53_record" "app" {
  zone_id = data.aws_route53_zone.this.zone_id
  name    = "${local.name}.${var.domain_name}"
  type    = "A"

  alias {
    name                   = module.alb.dns_name
    zone_id                = module.alb.zone_id
    evaluate_target_health = true
  }
}

check "certificate_in_zone" {
  assert {
    condition     = endswith(aws_acm_certificate.this.domain_name, data.aws_route53_zone.this.name)
    error_message = "The certificate's domain is not in the hosted zone."
  }
}

variable "domain_name" {
  type    = string
  default = "example.com"
}
