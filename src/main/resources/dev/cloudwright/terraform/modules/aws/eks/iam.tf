data "aws_iam_policy_document" "cluster_assume" {
  statement {
    sid     = "EksAssume"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "cluster" {
  name                 = "${local.iam_name_prefix}-cluster"
  description          = "EKS cluster role of ${var.name}"
  assume_role_policy   = data.aws_iam_policy_document.cluster_assume.json
  max_session_duration = 3600

  tags = merge(var.tags, { Name = "${local.iam_name_prefix}-cluster", "cloudwright:component" = var.component_id })
}

resource "aws_iam_role_policy_attachment" "cluster" {
  role       = aws_iam_role.cluster.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
}

# Envelope encryption of Kubernetes secrets with the customer-managed key.
data "aws_iam_policy_document" "cluster_encryption" {
  statement {
    sid       = "EncryptSecrets"
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ListGrants", "kms:DescribeKey"]
    resources = [var.kms_key_arn]
  }
}

resource "aws_iam_role_policy" "cluster_encryption" {
  name   = "secrets-encryption"
  role   = aws_iam_role.cluster.id
  policy = data.aws_iam_policy_document.cluster_encryption.json
}

data "aws_iam_policy_document" "node_assume" {
  statement {
    sid     = "Ec2Assume"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "node" {
  name                 = "${local.iam_name_prefix}-node"
  description          = "Node role of EKS cluster ${var.name}"
  assume_role_policy   = data.aws_iam_policy_document.node_assume.json
  max_session_duration = 3600

  tags = merge(var.tags, { Name = "${local.iam_name_prefix}-node", "cloudwright:component" = var.component_id })
}

# Nodes join the cluster, run the VPC CNI (which assigns pod IP addresses) and pull images from ECR.
resource "aws_iam_role_policy_attachment" "node" {
  for_each = toset(["AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryPullOnly"])

  role       = aws_iam_role.node.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/${each.key}"
}

# The nodes' root volumes are encrypted with the customer-managed key; EC2 Auto Scaling launches them through its
# service-linked role, which needs a grant on the key.
resource "aws_kms_grant" "autoscaling" {
  name              = "${var.name}-eks-node-volumes"
  key_id            = var.kms_key_arn
  grantee_principal = "arn:${local.partition}:iam::${local.account_id}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
  operations        = ["Encrypt", "Decrypt", "ReEncryptFrom", "ReEncryptTo", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "DescribeKey", "CreateGrant"]
}
