terraform {
  required_version = ">= 1.8" # provider-defined functions need 1.8+

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40.0"
    }
  }
}
