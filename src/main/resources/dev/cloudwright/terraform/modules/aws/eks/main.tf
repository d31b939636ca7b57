data "aws_partition" "current" {}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

locals {
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region
  account_id = data.aws_caller_identity.current.account_id

  # IAM is global: role names carry the region so that the same design deployed in two regions does not collide.
  iam_name_prefix = "${var.name}-${local.region}"

  # Graviton instance families carry a "g" after the generation (m7g, c7gn, r8gd...); a1 is the first Graviton.
  arm64    = can(regex("^([a-z]+[0-9]+g[a-z-]*|a1)\\.", var.instance_types[0]))
  ami_type = local.arm64 ? "AL2023_ARM_64_STANDARD" : "AL2023_x86_64_STANDARD"

  # Add-ons the nodes need to become ready (networking, service proxy, pod credentials) are installed before the node
  # group; CoreDNS needs nodes to run on and is installed after it.
  node_addons = toset(["vpc-cni", "kube-proxy", "eks-pod-identity-agent"])

  control_plane_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}

# Created before the cluster so that EKS writes into an encrypted group with a retention, not one it creates itself.
resource "aws_cloudwatch_log_group" "cluster" {
  name              = "/aws/eks/${var.name}/cluster"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = merge(var.tags, { Name = "/aws/eks/${var.name}/cluster", "cloudwright:component" = var.component_id })
}

resource "aws_eks_cluster" "this" {
  name                          = var.name
  version                       = var.kubernetes_version
  role_arn                      = aws_iam_role.cluster.arn
  enabled_cluster_log_types     = local.control_plane_log_types
  bootstrap_self_managed_addons = false

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = var.endpoint_public_access
  }

  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = true
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = var.kms_key_arn
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  depends_on = [
    aws_cloudwatch_log_group.cluster,
    aws_iam_role_policy_attachment.cluster,
    aws_iam_role_policy.cluster_encryption,
  ]
}

resource "aws_eks_addon" "node" {
  for_each = local.node_addons

  cluster_name                = aws_eks_cluster.this.name
  addon_name                  = each.key
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"

  tags = merge(var.tags, { Name = "${var.name}-${each.key}", "cloudwright:component" = var.component_id })
}

# Launch template of the nodes: encrypted gp3 root volume with the given key, IMDSv2 only and one network hop, so
# that pods cannot read the node role's credentials (pods get their own through EKS Pod Identity).
resource "aws_launch_template" "node" {
  name_prefix            = "${var.name}-node-"
  description            = "Nodes of EKS cluster ${var.name}"
  update_default_version = true

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = 50
      volume_type           = "gp3"
      encrypted             = true
      kms_key_id            = var.kms_key_arn
      delete_on_termination = true
    }
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
    instance_metadata_tags      = "disabled"
  }

  monitoring {
    enabled = true
  }

  tag_specifications {
    resource_type = "instance"
    tags          = merge(var.tags, { Name = "${var.name}-node", "cloudwright:component" = var.component_id })
  }

  tag_specifications {
    resource_type = "volume"
    tags          = merge(var.tags, { Name = "${var.name}-node", "cloudwright:component" = var.component_id })
  }

  tags = merge(var.tags, { Name = "${var.name}-node", "cloudwright:component" = var.component_id })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_eks_node_group" "this" {
  cluster_name           = aws_eks_cluster.this.name
  node_group_name_prefix = "${var.name}-"
  node_role_arn          = aws_iam_role.node.arn
  subnet_ids             = var.subnet_ids
  version                = var.kubernetes_version
  ami_type               = local.ami_type
  capacity_type          = var.capacity_type
  instance_types         = var.instance_types

  scaling_config {
    desired_size = var.desired_size
    min_size     = var.min_size
    max_size     = var.max_size
  }

  update_config {
    max_unavailable_percentage = 33
  }

  launch_template {
    id      = aws_launch_template.node.id
    version = aws_launch_template.node.latest_version
  }

  tags = merge(var.tags, { Name = "${var.name}-node", "cloudwright:component" = var.component_id })

  lifecycle {
    # A new node group is created before the old one is removed when a replacing change (such as instance types) is made.
    create_before_destroy = true

    # An autoscaler owns the number of nodes; Terraform sets it only when the node group is created.
    ignore_changes = [scaling_config[0].desired_size]

    precondition {
      condition     = var.min_size <= var.desired_size && var.desired_size <= var.max_size
      error_message = "desired_size must lie between min_size and max_size."
    }
  }

  depends_on = [
    aws_eks_addon.node,
    aws_iam_role_policy_attachment.node,
    aws_kms_grant.autoscaling,
  ]
}

resource "aws_eks_addon" "coredns" {
  cluster_name                = aws_eks_cluster.this.name
  addon_name                  = "coredns"
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"

  tags = merge(var.tags, { Name = "${var.name}-coredns", "cloudwright:component" = var.component_id })

  depends_on = [aws_eks_node_group.this]
}
