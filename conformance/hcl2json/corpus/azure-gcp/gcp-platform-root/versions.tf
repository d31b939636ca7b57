terraform {
  required_version = ">= 1.7.0"

  backend "gcs" {
    bucket = "acme-tfstate-prod"
    prefix = "platform/gcp"
  }

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 5.40"
    }
    google-beta = {
      source  = "hashicorp/google-beta"
      version = "~> 5.40"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }
}
