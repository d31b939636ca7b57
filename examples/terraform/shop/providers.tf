# Primary region: everything that serves customers.
provider "aws" {
  region = var.region

  default_tags {
    tags = local.default_tags
  }
}

# Disaster-recovery region: replica bucket, backup copy vault, secret replicas.
provider "aws" {
  alias  = "dr"
  region = var.dr_region

  default_tags {
    tags = merge(local.default_tags, { DisasterRecovery = "true" })
  }
}

# CloudFront-scoped resources (WAF web ACL, viewer certificates) must live in us-east-1.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = local.default_tags
  }
}
