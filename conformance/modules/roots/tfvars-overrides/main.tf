# Inputs from every file Terraform reads by itself: defaults in variables.tf, terraform.tfvars, and
# *.auto.tfvars (later files win); variables left unset keep null defaults, and a nullable = false
# variable set to null in tfvars takes its default.

provider "aws" {
  region = var.region
}

locals {
  # Only the tags that were given a value.
  tags = { for k, v in {
    Environment = var.environment
    Owner       = var.owner
    CostCenter  = var.cost_center
  } : k => v if v != null }

  queue_names = toset(var.queues)
}

module "vpc" {
  source = "../../modules/vpc"

  name               = "${var.environment}-core"
  cidr               = var.vpc_cidr
  azs                = var.azs
  public_subnets     = [for i, z in var.azs : cidrsubnet(var.vpc_cidr, 8, i)]
  private_subnets    = [for i, z in var.azs : cidrsubnet(var.vpc_cidr, 8, 100 + i)]
  enable_nat_gateway = var.nat_gateways != "none"
  single_nat_gateway = var.nat_gateways == "single"
  enable_flow_log    = var.flow_log_retention_days != null

  flow_log_retention_in_days = var.flow_log_retention_days

  tags = local.tags
}

resource "aws_sqs_queue" "this" {
  for_each = local.queue_names

  name                       = "${var.environment}-${each.key}"
  visibility_timeout_seconds = var.visibility_timeout
  kms_master_key_id          = var.queue_kms_key_id
  sqs_managed_sse_enabled    = var.queue_kms_key_id == null ? true : null

  tags = local.tags
}
