terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.112"
    }
    random = {
      source = "hashicorp/random"
    }
  }
}
