data "aws_partition" "current" {
  count = local.create ? 1 : 0
}

data "aws_caller_identity" "current" {
  count = local.create ? 1 : 0
}

locals {
  create = var.create

  partition  = try(data.aws_partition.current[0].partition, "aws")
  account_id = try(data.aws_caller_identity.current[0].account_id, "")

  cluster_role_arn = var.create_iam_role ? try(aws_iam_role.cluster[0].arn, null) : var.iam_role_arn

  encrypt = var.encryption_config != null
}

################################################################################
# Cluster
################################################################################

resource "aws_eks_cluster" "this" {
  count = local.create ? 1 : 0

  region = var.region

  name                      = var.name
  version                   = var.kubernetes_version
  role_arn                  = local.cluster_role_arn
  enabled_cluster_log_types = var.enabled_log_types

  bootstrap_self_managed_addons = false

  access_config {
    authentication_mode                         = var.authentication_mode
    bootstrap_cluster_creator_admin_permissions = false
  }

  vpc_config {
    subnet_ids              = coalescelist(var.control_plane_subnet_ids, var.subnet_ids)
    security_group_ids      = compact(concat(var.additional_security_group_ids, [module.cluster_security_group.security_group_id]))
    endpoint_private_access = true
    endpoint_public_access  = var.endpoint_public_access
    public_access_cidrs     = var.endpoint_public_access ? var.endpoint_public_access_cidrs : null
  }

  dynamic "encryption_config" {
    for_each = local.encrypt ? [var.encryption_config] : []
    content {
      resources = encryption_config.value.resources
      provider {
        key_arn = encryption_config.value.key_arn
      }
    }
  }

  dynamic "kubernetes_network_config" {
    for_each = var.service_ipv4_cidr != null || var.ip_family != null ? [1] : []
    content {
      ip_family         = var.ip_family
      service_ipv4_cidr = var.service_ipv4_cidr
    }
  }

  tags = merge(var.tags, var.cluster_tags)

  depends_on = [aws_iam_role_policy_attachment.cluster]
}

resource "aws_cloudwatch_log_group" "this" {
  count = local.create && length(var.enabled_log_types) > 0 ? 1 : 0

  region            = var.region
  name              = "/aws/eks/${var.name}/cluster"
  retention_in_days = var.log_retention_in_days
  tags              = var.tags
}

module "cluster_security_group" {
  source = "../security-group"

  create      = local.create
  region      = var.region
  name        = "${var.name}-cluster"
  description = "EKS cluster ${var.name} control plane"
  vpc_id      = var.vpc_id

  ingress_rules = { for k, v in var.cluster_security_group_ingress_rules : k => v if v != null }
  tags          = var.tags
}

################################################################################
# IAM
################################################################################

data "aws_iam_policy_document" "cluster_assume" {
  count = local.create && var.create_iam_role ? 1 : 0

  statement {
    actions = ["sts:AssumeRole", "sts:TagSession"]
    principals {
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "cluster" {
  count = local.create && var.create_iam_role ? 1 : 0

  name_prefix        = "${var.name}-cluster-"
  assume_role_policy = data.aws_iam_policy_document.cluster_assume[0].json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "cluster" {
  for_each = { for k, v in {
    AmazonEKSClusterPolicy = "arn:${local.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
  } : k => v if local.create && var.create_iam_role }

  role       = aws_iam_role.cluster[0].name
  policy_arn = each.value
}

################################################################################
# Add-ons and access entries
################################################################################

resource "aws_eks_addon" "this" {
  for_each = { for k, v in var.addons : k => v if local.create }

  region = var.region

  cluster_name                = aws_eks_cluster.this[0].name
  addon_name                  = try(each.value.name, each.key)
  addon_version               = try(each.value.addon_version, null)
  configuration_values        = try(each.value.configuration_values, null)
  resolve_conflicts_on_update = try(each.value.resolve_conflicts_on_update, "OVERWRITE")
  service_account_role_arn    = try(each.value.service_account_role_arn, null)

  tags = var.tags

  depends_on = [module.node_group]
}

locals {
  # Each access entry with each of its policies, keyed "entry/policy".
  access_policies = merge([
    for ek, e in var.access_entries : {
      for pk, p in try(e.policy_associations, {}) : "${ek}/${pk}" => {
        principal_arn = e.principal_arn
        policy_arn    = p.policy_arn
        scope_type    = try(p.access_scope.type, "cluster")
        namespaces    = try(p.access_scope.namespaces, null)
      }
    }
  ]...)
}

resource "aws_eks_access_entry" "this" {
  for_each = { for k, v in var.access_entries : k => v if local.create }

  region = var.region

  cluster_name      = aws_eks_cluster.this[0].name
  principal_arn     = each.value.principal_arn
  kubernetes_groups = try(each.value.kubernetes_groups, null)
  type              = try(each.value.type, "STANDARD")
  tags              = var.tags
}

resource "aws_eks_access_policy_association" "this" {
  for_each = { for k, v in local.access_policies : k => v if local.create }

  region = var.region

  cluster_name  = aws_eks_cluster.this[0].name
  principal_arn = each.value.principal_arn
  policy_arn    = each.value.policy_arn

  access_scope {
    type       = each.value.scope_type
    namespaces = each.value.namespaces
  }

  depends_on = [aws_eks_access_entry.this]
}

################################################################################
# Managed node groups (a module per group)
################################################################################

module "node_group" {
  source   = "../eks-node-group"
  for_each = { for k, v in var.managed_node_groups : k => v if local.create }

  region = var.region

  name            = coalesce(each.value.name, each.key)
  cluster_name    = aws_eks_cluster.this[0].name
  cluster_version = aws_eks_cluster.this[0].version
  subnet_ids      = coalesce(each.value.subnet_ids, var.subnet_ids)

  instance_types = each.value.instance_types
  capacity_type  = each.value.capacity_type
  ami_type       = each.value.ami_type
  min_size       = each.value.min_size
  max_size       = each.value.max_size
  desired_size   = each.value.desired_size
  disk_size      = each.value.disk_size
  labels         = each.value.labels
  taints         = each.value.taints

  partition = local.partition
  tags      = merge(var.tags, each.value.tags)
}
