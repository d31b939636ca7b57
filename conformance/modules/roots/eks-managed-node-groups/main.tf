# An EKS cluster with its secrets encrypted by a key from the kms module, managed node groups from a
# map in terraform.tfvars (one node-group module each: root -> eks -> eks-node-group[key]), add-ons and
# access entries for an admin role.

provider "aws" {
  region = var.region
}

data "aws_availability_zones" "available" {
  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_caller_identity" "current" {}

locals {
  azs = slice(data.aws_availability_zones.available.names, 0, 3)

  tags = merge(var.tags, {
    Cluster = var.cluster_name
  })
}

module "vpc" {
  source = "../../modules/vpc"

  name            = var.cluster_name
  cidr            = var.vpc_cidr
  azs             = local.azs
  public_subnets  = [for i in range(length(local.azs)) : cidrsubnet(var.vpc_cidr, 8, 48 + i)]
  private_subnets = [for i in range(length(local.azs)) : cidrsubnet(var.vpc_cidr, 4, i)]

  enable_nat_gateway = true
  single_nat_gateway = true

  private_subnet_tags = {
    "kubernetes.io/role/internal-elb" = "1"
  }

  tags = local.tags
}

module "kms" {
  source = "../../modules/kms"

  description        = "${var.cluster_name} cluster secrets"
  aliases            = ["eks/${var.cluster_name}"]
  key_administrators = [data.aws_caller_identity.current.arn]

  tags = local.tags
}

module "eks" {
  source = "../../modules/eks"

  name               = var.cluster_name
  kubernetes_version = var.kubernetes_version

  vpc_id                   = module.vpc.vpc_id
  subnet_ids               = module.vpc.private_subnets
  control_plane_subnet_ids = module.vpc.private_subnets

  endpoint_public_access       = true
  endpoint_public_access_cidrs = var.admin_cidrs
  authentication_mode          = "API"

  encryption_config = {
    key_arn = module.kms.key_arn
  }

  addons = {
    coredns                = {}
    kube-proxy             = {}
    vpc-cni                = { resolve_conflicts_on_update = "PRESERVE" }
    eks-pod-identity-agent = {}
  }

  access_entries = {
    admin = {
      principal_arn = var.admin_role_arn
      policy_associations = {
        cluster_admin = {
          policy_arn = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"
        }
      }
    }
    viewers = {
      principal_arn = var.viewer_role_arn
      policy_associations = {
        view = {
          policy_arn   = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"
          access_scope = { type = "namespace", namespaces = ["default", "apps"] }
        }
      }
    }
  }

  managed_node_groups = var.node_groups

  tags = local.tags
}
