# Roles for a data pipeline with the policy styles real roots mix: documents merged with
# source_policy_documents and override_policy_documents, a JSON policy file read with file(), a heredoc
# policy with template directives, and managed policy ARNs built with formatlist.

provider "aws" {
  region = "eu-west-1"
}

data "aws_partition" "current" {}

data "aws_region" "current" {}

locals {
  account_id = var.account_id
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region

  buckets     = ["raw", "curated"]
  bucket_arns = formatlist("arn:${local.partition}:s3:::${var.prefix}-%s", local.buckets)

  managed_policies = formatlist("arn:${local.partition}:iam::aws:policy/%s", ["AmazonSSMReadOnlyAccess", "CloudWatchAgentServerPolicy"])
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["glue.amazonaws.com", "states.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "read" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = concat(local.bucket_arns, [for b in local.bucket_arns : "${b}/*"])
  }
}

data "aws_iam_policy_document" "write" {
  statement {
    sid       = "Write"
    actions   = ["s3:PutObject"]
    resources = ["${local.bucket_arns[1]}/*"]
  }
}

# The base documents merged, then the Write statement replaced by a narrower one with the same sid.
data "aws_iam_policy_document" "pipeline" {
  source_policy_documents = [
    data.aws_iam_policy_document.read.json,
    data.aws_iam_policy_document.write.json,
  ]

  override_policy_documents = [jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "Write"
      Effect   = "Allow"
      Action   = "s3:PutObject"
      Resource = "${local.bucket_arns[1]}/output/*"
    }]
  })]

  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:/pipeline/*"]
  }
}

resource "aws_iam_role" "pipeline" {
  name               = "${var.prefix}-pipeline"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "pipeline" {
  name   = "pipeline"
  role   = aws_iam_role.pipeline.id
  policy = data.aws_iam_policy_document.pipeline.json
}

resource "aws_iam_policy" "kms" {
  name   = "${var.prefix}-kms-use"
  policy = file("${path.module}/policies/kms-use.json")
}

resource "aws_iam_policy" "queues" {
  name   = "${var.prefix}-queues"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
    %{for i, q in var.queues~}
        {
          "Sid": "Queue${i}",
          "Effect": "Allow",
          "Action": ["sqs:SendMessage", "sqs:ReceiveMessage"],
          "Resource": "arn:${local.partition}:sqs:${local.region}:${local.account_id}:${q}"
        }%{if i < length(var.queues) - 1},%{endif}
    %{endfor~}
      ]
    }
  EOT
}

# Keys known at plan (the ARNs of the policies created here are not): the policy names.
resource "aws_iam_role_policy_attachment" "managed" {
  for_each = merge(
    { for arn in local.managed_policies : basename(arn) => arn },
    { kms = aws_iam_policy.kms.arn, queues = aws_iam_policy.queues.arn },
  )

  role       = aws_iam_role.pipeline.name
  policy_arn = each.value
}

variable "prefix" {
  type    = string
  default = "lake"
}

variable "account_id" {
  type    = string
  default = "123456789012"
}

variable "queues" {
  type    = list(string)
  default = ["ingest", "ingest-dlq"]
}

output "pipeline_policy" {
  value = data.aws_iam_policy_document.pipeline.json
}

output "queues_policy_statements" {
  value = length(jsondecode(aws_iam_policy.queues.policy).Statement)
}

output "kms_actions" {
  value = jsondecode(file("${path.module}/policies/kms-use.json")).Statement[0].Action
}
