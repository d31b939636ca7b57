# Cross-region replication: the source bucket in the primary region replicates to a bucket in the
# replica region created through an aliased provider; the replication role is global (IAM).

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "replica"
  region = "eu-west-1"
}

locals {
  bucket_name = "documents-${random_pet.suffix.id}"
}

resource "random_pet" "suffix" {
  length = 2
}

module "replica_bucket" {
  source = "../../modules/s3-bucket"
  providers = {
    aws = aws.replica
  }

  bucket     = "${local.bucket_name}-replica"
  versioning = { enabled = true }
}

data "aws_iam_policy_document" "replication_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "replication" {
  name_prefix        = "s3-replication-"
  assume_role_policy = data.aws_iam_policy_document.replication_assume.json
}

data "aws_iam_policy_document" "replication" {
  statement {
    actions   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
    resources = ["arn:aws:s3:::${local.bucket_name}"]
  }
  statement {
    actions   = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"]
    resources = ["arn:aws:s3:::${local.bucket_name}/*"]
  }
  statement {
    actions   = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"]
    resources = ["${module.replica_bucket.s3_bucket_arn}/*"]
  }
}

resource "aws_iam_role_policy" "replication" {
  role   = aws_iam_role.replication.id
  policy = data.aws_iam_policy_document.replication.json
}

module "bucket" {
  source = "../../modules/s3-bucket"

  bucket     = local.bucket_name
  versioning = { enabled = true }

  replication_configuration = {
    role = aws_iam_role.replication.arn
    rules = {
      everything = {
        destination_bucket_arn = module.replica_bucket.s3_bucket_arn
        storage_class          = "STANDARD_IA"
      }
    }
  }
}
