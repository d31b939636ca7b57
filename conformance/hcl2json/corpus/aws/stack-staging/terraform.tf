terraform {
  required_version = "~> 1.9"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.62.0"
    }
  }

  # Partial configuration: bucket/key are supplied with -backend-config at init time.
  backend "s3" {
    region       = "eu-central-1"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = "eu-central-1"

  default_tags {
    tags = {
      Environment = "staging"
      CostCenter  = "engineering"
      Terraform   = "true"
    }
  }
}

provider "aws" {
  alias  = "virginia"
  region = "us-east-1"
}
