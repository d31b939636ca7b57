terraform {
  required_version = ">= 1.10.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }

  # State lives in a dedicated, versioned bucket in the tooling account. S3-native
  # locking (use_lockfile) replaces the DynamoDB lock table.
  backend "s3" {
    bucket       = "brightcart-terraform-state-eu-west-1"
    key          = "shop/prod/terraform.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = true
  }
}
