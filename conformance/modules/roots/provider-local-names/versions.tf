terraform {
  required_version = ">= 1.5.7"

  required_providers {
    # The AWS provider under two local names: "aws" for most resources, "aws-audit" for the audit account.
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
    aws-audit = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}
