data "aws_iam_policy_document" "assume" {
  statement {
    sid     = "Ec2Assume"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

# Instance role. IAM is global: the name carries the region so that the same design deployed in two regions does not
# collide. It allows Systems Manager (Session Manager instead of SSH, patching); application permissions are attached
# by the caller.
resource "aws_iam_role" "this" {
  name                 = "${var.name}-${local.region}-instance"
  description          = "Instance role of ${var.name}"
  assume_role_policy   = data.aws_iam_policy_document.assume.json
  max_session_duration = 3600

  tags = merge(var.tags, { Name = "${var.name}-${local.region}-instance", "cloudwright:component" = var.component_id })
}

resource "aws_iam_role_policy_attachment" "ssm" {
  role       = aws_iam_role.this.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "this" {
  name = "${var.name}-${local.region}-instance"
  role = aws_iam_role.this.name

  tags = merge(var.tags, { Name = "${var.name}-${local.region}-instance", "cloudwright:component" = var.component_id })
}

# The root volumes are encrypted with the customer-managed key; EC2 Auto Scaling launches the instances through its
# service-linked role, which needs a grant on the key.
resource "aws_kms_grant" "autoscaling" {
  name              = "${var.name}-asg-volumes"
  key_id            = var.kms_key_arn
  grantee_principal = "arn:${local.partition}:iam::${local.account_id}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
  operations        = ["Encrypt", "Decrypt", "ReEncryptFrom", "ReEncryptTo", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "DescribeKey", "CreateGrant"]
}
