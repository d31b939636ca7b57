locals {
  name = "acme-staging"
  azs  = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]

  # 3 x /20 private, 3 x /24 public, 3 x /24 database
  subnet_cidrs = cidrsubnets(var.cidr, 4, 4, 4, 8, 8, 8, 8, 8, 8)

  private_subnets  = slice(local.subnet_cidrs, 0, 3)
  public_subnets   = slice(local.subnet_cidrs, 3, 6)
  database_subnets = slice(local.subnet_cidrs, 6, 9)
}

# Registry module with a pinned version.
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.13.0"

  name = local.name
  cidr = var.cidr
  azs  = local.azs

  private_subnets  = local.private_subnets
  public_subnets   = local.public_subnets
  database_subnets = local.database_subnets

  enable_nat_gateway     = true
  single_nat_gateway     = true
  one_nat_gateway_per_az = false

  create_database_subnet_group       = true
  create_database_subnet_route_table = true

  enable_flow_log                      = true
  create_flow_log_cloudwatch_iam_role  = true
  create_flow_log_cloudwatch_log_group = true

  public_subnet_tags = {
    "kubernetes.io/role/elb" = 1
  }

  private_subnet_tags = {
    "kubernetes.io/role/internal-elb" = 1
  }
}

module "bastion" {
  source  = "terraform-aws-modules/ec2-instance/aws"
  version = "~> 5.6"
  count   = var.enable_bastion ? 1 : 0

  name                        = "${local.name}-bastion"
  instance_type               = "t4g.nano"
  subnet_id                   = element(module.vpc.public_subnets, 0)
  associate_public_ip_address = true
  create_iam_instance_profile = true
  iam_role_policies = {
    SSM = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
  }

  metadata_options = {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }
}

module "db" {
  source = "../rds-postgres"

  identifier             = "${local.name}-pg"
  instance_class         = var.database.instance_class
  allocated_storage      = var.database.storage_gb
  multi_az               = false
  read_replica_count     = var.database.replicas
  subnet_ids             = module.vpc.database_subnets
  vpc_security_group_ids = [module.vpc.default_security_group_id]

  tags = {
    Environment = "staging"
  }
}

# One bucket per preview environment (for_each over a set on a module).
module "preview_bucket" {
  source   = "../s3-bucket"
  for_each = var.preview_environments

  providers = {
    aws         = aws
    aws.replica = aws.virginia
  }

  bucket_name   = "${local.name}-${each.key}-assets"
  force_destroy = true
  versioning    = false

  lifecycle_rules = [
    { id = "expire-everything", expiration_days = 14 },
  ]

  tags = {
    Preview = each.key
  }
}

module "git_sourced" {
  # Module from a Git repository, pinned to a tag, using a sub-directory.
  source = "git::https://github.com/acme/terraform-modules.git//modules/tagging?ref=v2.3.1"

  environment = "staging"
}

module "s3_sourced" {
  source = "s3::https://s3-eu-central-1.amazonaws.com/acme-terraform-modules/notifications/v1.4.0.zip"

  topic_name = "${local.name}-notifications"
}
