provider "azurerm" {
  subscription_id     = var.subscription_ids.workload
  storage_use_azuread = true

  features {
    key_vault {
      purge_soft_delete_on_destroy               = false
      recover_soft_deleted_key_vaults            = true
      purge_soft_deleted_secrets_on_destroy      = false
    }

    resource_group {
      prevent_deletion_if_contains_resources = true
    }

    virtual_machine_scale_set {
      roll_instances_when_required = true
      scale_to_zero_before_deletion = true
    }

    log_analytics_workspace {
      permanently_delete_on_destroy = false
    }

    application_insights {
      disable_generated_rule = true
    }
  }
}

# Connectivity subscription hosts the shared DNS zones.
provider "azurerm" {
  alias           = "connectivity"
  subscription_id = var.subscription_ids.connectivity
  features {}
}

provider "azurerm" {
  alias                           = "management"
  subscription_id                 = var.subscription_ids.management
  resource_provider_registrations = "none"
  features {}
}
