# A bucket per data set from a map in terraform.tfvars, each with its own lifecycle rules (given in the
# loose `any` shape real modules accept: one transition as an object or several as a list), versioning
# where asked, and access logs into a shared log bucket.

provider "aws" {
  region = "eu-west-1"
}

data "aws_caller_identity" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
}

module "log_bucket" {
  source = "../../modules/s3-bucket"

  bucket_prefix    = "${var.project}-access-logs-"
  object_ownership = "BucketOwnerPreferred"
  force_destroy    = true

  lifecycle_rule = [{
    id         = "expire"
    expiration = { days = 90 }
  }]
}

module "bucket" {
  source   = "../../modules/s3-bucket"
  for_each = var.buckets

  bucket     = "${var.project}-${each.key}"
  versioning = each.value.versioned ? { enabled = true } : {}

  server_side_encryption_configuration = each.value.kms_key_arn == null ? {} : {
    kms_master_key_id = each.value.kms_key_arn
  }

  logging = {
    target_bucket = module.log_bucket.s3_bucket_id
    target_prefix = "${each.key}/"
  }

  lifecycle_rule = each.value.lifecycle_rules

  tags = merge(var.tags, { DataSet = each.key })
}

variable "project" {
  type = string
}

variable "buckets" {
  type = map(object({
    versioned       = optional(bool, false)
    kms_key_arn     = optional(string)
    lifecycle_rules = optional(any, [])
  }))
}

variable "tags" {
  type    = map(string)
  default = {}
}

output "buckets" {
  value = { for k, b in module.bucket : k => b.s3_bucket_arn }
}
