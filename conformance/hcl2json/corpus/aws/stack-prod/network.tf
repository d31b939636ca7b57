module "vpc" {
  source   = "../network-vpc"
  for_each = var.vpcs

  name             = "${local.name}-${each.key}"
  cidr_block       = each.value.cidr
  az_count         = each.value.az_count
  nat_gateway_mode = each.value.nat_mode
  enable_flow_logs = local.is_prod

  interface_endpoints = each.key == "app" ? {
    ecr_api        = {}
    ecr_dkr        = {}
    logs           = {}
    secretsmanager = {}
    sts            = {}
  } : {}

  tags = { VpcPurpose = each.key }
}

module "security_groups" {
  source = "../security-groups"

  vpc_id      = module.vpc["app"].vpc_id
  environment = var.environment

  groups = {
    alb = {
      description = "Public load balancer"
      ingress = [
        { from_port = 443, cidr_ipv4 = ["0.0.0.0/0"], cidr_ipv6 = ["::/0"] },
        { from_port = 80, cidr_ipv4 = ["0.0.0.0/0"] },
        { from_port = 443, prefix_list_id = data.aws_ec2_managed_prefix_list.cloudfront.id, description = "CloudFront" },
      ]
    }
    services = {
      description = "ECS services"
      ingress = [
        for name, port in local.service_ports : {
          description  = "ALB to ${name}"
          from_port    = port
          source_group = "alb"
        }
      ]
    }
    database = {
      description = "PostgreSQL"
      ingress = [
        { from_port = 5432, source_group = "services" },
        { from_port = 5432, cidr_ipv4 = [var.vpcs["ops"].cidr], description = "ops VPC (bastion)" },
      ]
      allow_all_egress = false
    }
  }
}

# Registry module example: VPC peering between app and ops VPCs.
module "peering" {
  source  = "grem11n/vpc-peering/aws"
  version = "~> 7.0"

  providers = {
    aws.this = aws
    aws.peer = aws
  }

  this_vpc_id = module.vpc["app"].vpc_id
  peer_vpc_id = module.vpc["ops"].vpc_id

  auto_accept_peering = true

  tags = {
    Name = "${local.name}-app-ops"
  }
}
