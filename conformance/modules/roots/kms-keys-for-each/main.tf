# One customer managed key per purpose from a map, each with its aliases and the services allowed to use
# it; the logs key is multi-Region and has a replica in the DR region.

provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "dr"
  region = "eu-central-1"
}

data "aws_caller_identity" "current" {}

locals {
  keys = {
    data = {
      description = "Application data"
      services    = ["rds.amazonaws.com", "dynamodb.amazonaws.com"]
    }
    logs = {
      description  = "CloudWatch Logs and CloudTrail"
      services     = ["logs.eu-west-1.amazonaws.com", "cloudtrail.amazonaws.com"]
      multi_region = true
    }
    backups = {
      description = "AWS Backup vaults"
      services    = ["backup.amazonaws.com"]
      rotation    = 180
    }
  }
}

module "kms" {
  source   = "../../modules/kms"
  for_each = local.keys

  description             = each.value.description
  aliases                 = ["${var.prefix}/${each.key}", "${var.prefix}-${each.key}"]
  multi_region            = try(each.value.multi_region, false)
  rotation_period_in_days = lookup(each.value, "rotation", null)
  key_service_principals  = each.value.services
  key_administrators      = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/security-admin"]

  tags = { Purpose = each.key }
}

resource "aws_kms_replica_key" "logs_dr" {
  provider = aws.dr

  description             = "Replica of ${var.prefix}/logs"
  primary_key_arn         = module.kms["logs"].key_arn
  deletion_window_in_days = 30
}

resource "aws_kms_alias" "logs_dr" {
  provider = aws.dr

  name          = "alias/${var.prefix}/logs"
  target_key_id = aws_kms_replica_key.logs_dr.key_id
}

variable "prefix" {
  type    = string
  default = "acme"
}

output "key_arns" {
  value = { for k, m in module.kms : k => m.key_arn }
}
