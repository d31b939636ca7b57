# Provider configurations by local name and alias: the default aws provider, an alias for a second
# region, a second local name for the same provider source (an audit account), and a local module that
# declares configuration_aliases and is given both configurations explicitly.

provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "london"
  region = "eu-west-2"
}

provider "aws-audit" {
  region = "eu-west-1"

  assume_role {
    role_arn = "arn:aws:iam::210987654321:role/terraform"
  }
}

resource "aws_s3_bucket" "audit_logs" {
  provider = aws-audit

  bucket = "org-audit-logs-210987654321"
}

resource "aws_s3_bucket_versioning" "audit_logs" {
  provider = aws-audit

  bucket = aws_s3_bucket.audit_logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

module "logs" {
  source = "./modules/regional-logs"
  providers = {
    aws           = aws
    aws.secondary = aws.london
  }

  name           = "app"
  retention_days = 30
}

output "log_groups" {
  value = module.logs.log_group_arns
}
