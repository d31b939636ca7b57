# A three-zone VPC with every subnet tier, a NAT gateway per zone, IPv6 on the public subnets and a
# flow log; the zones come from the availability zones data source, the CIDRs from cidrsubnet.

provider "aws" {
  region = local.region
}

data "aws_availability_zones" "available" {
  # Only regular zones (no Local Zones), as most examples do.
  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

locals {
  name   = "ex-${basename(path.cwd)}"
  region = "eu-west-1"

  vpc_cidr = "10.0.0.0/16"
  azs      = slice(data.aws_availability_zones.available.names, 0, 3)

  tags = {
    Example    = local.name
    Repository = "cloudwright-conformance"
  }
}

module "vpc" {
  source = "../../modules/vpc"

  name = local.name
  cidr = local.vpc_cidr
  azs  = local.azs

  public_subnets   = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k)]
  private_subnets  = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k + 4)]
  database_subnets = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k + 8)]

  private_subnet_names = ["Private Subnet One", "Private Subnet Two"]

  enable_ipv6                 = true
  public_subnet_ipv6_prefixes = [0, 1, 2]

  enable_nat_gateway     = true
  one_nat_gateway_per_az = true

  enable_flow_log            = true
  flow_log_retention_in_days = 14

  public_subnet_tags  = { "kubernetes.io/role/elb" = 1 }
  private_subnet_tags = { "kubernetes.io/role/internal-elb" = 1 }

  tags = local.tags
}
