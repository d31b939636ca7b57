# Default provider: primary region of the production account.
provider "aws" {
  region = var.primary_region

  assume_role {
    role_arn     = "arn:aws:iam::${var.account_id}:role/${var.deploy_role_name}"
    session_name = "terraform-${terraform.workspace}"
    external_id  = var.external_id
  }

  allowed_account_ids = [var.account_id]

  default_tags {
    tags = local.default_tags
  }

  ignore_tags {
    key_prefixes = ["kubernetes.io/", "karpenter.sh/"]
  }
}

provider "aws" {
  alias  = "dr"
  region = var.dr_region

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id}:role/${var.deploy_role_name}"
  }

  default_tags {
    tags = merge(local.default_tags, { DisasterRecovery = "true" })
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id}:role/${var.deploy_role_name}"
  }

  default_tags {
    tags = local.default_tags
  }
}

// DNS lives in the shared networking account.
provider "aws" {
  alias  = "dns"
  region = var.primary_region

  assume_role {
    role_arn     = "arn:aws:iam::${var.dns_account_id}:role/route53-delegation"
    session_name = "terraform-dns"
  }

  skip_metadata_api_check     = true
  skip_region_validation      = false
  skip_credentials_validation = false
}

provider "random" {}
