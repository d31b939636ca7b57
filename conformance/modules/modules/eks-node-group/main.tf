locals {
  create = var.create

  # Without a desired size the group starts at its minimum.
  desired_size = coalesce(var.desired_size, var.min_size)
}

data "aws_iam_policy_document" "assume" {
  count = local.create ? 1 : 0

  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  count = local.create ? 1 : 0

  name_prefix        = "${substr(var.name, 0, 24)}-node-"
  assume_role_policy = data.aws_iam_policy_document.assume[0].json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "this" {
  for_each = toset(local.create ? [
    "AmazonEKSWorkerNodePolicy",
    "AmazonEC2ContainerRegistryReadOnly",
    "AmazonEKS_CNI_Policy",
  ] : [])

  role       = aws_iam_role.this[0].name
  policy_arn = "arn:${var.partition}:iam::aws:policy/${each.value}"
}

resource "aws_eks_node_group" "this" {
  count = local.create ? 1 : 0

  region = var.region

  cluster_name           = var.cluster_name
  node_group_name_prefix = "${var.name}-"
  node_role_arn          = aws_iam_role.this[0].arn
  subnet_ids             = var.subnet_ids
  version                = var.cluster_version

  instance_types = var.instance_types
  capacity_type  = var.capacity_type
  ami_type       = var.ami_type
  disk_size      = var.disk_size
  labels         = var.labels

  scaling_config {
    min_size     = var.min_size
    max_size     = var.max_size
    desired_size = local.desired_size
  }

  update_config {
    max_unavailable_percentage = var.max_unavailable_percentage
  }

  dynamic "taint" {
    for_each = var.taints
    content {
      key    = taint.value.key
      value  = taint.value.value
      effect = taint.value.effect
    }
  }

  tags = merge(var.tags, { Name = var.name })

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [scaling_config[0].desired_size]
  }

  depends_on = [aws_iam_role_policy_attachment.this]
}
