resource "azurerm_storage_account" "this" {
  name                = var.account_name
  resource_group_name = var.resource_group_name
  location            = var.location

  account_kind             = "StorageV2"
  account_tier             = "Standard"
  account_replication_type = var.replication_type
  access_tier              = var.access_tier
  is_hns_enabled           = local.hns_enabled

  min_tls_version                  = "TLS1_2"
  https_traffic_only_enabled       = true
  allow_nested_items_to_be_public  = false
  shared_access_key_enabled        = false
  default_to_oauth_authentication  = true
  public_network_access_enabled    = !local.has_private_endpoints
  cross_tenant_replication_enabled = false
  infrastructure_encryption_enabled = true

  identity {
    type = "SystemAssigned"
  }

  blob_properties {
    versioning_enabled            = !local.hns_enabled
    change_feed_enabled           = !local.hns_enabled
    change_feed_retention_in_days = local.hns_enabled ? null : 30
    last_access_time_enabled      = true

    delete_retention_policy {
      days = 30
    }

    container_delete_retention_policy {
      days = 30
    }

    dynamic "restore_policy" {
      for_each = local.hns_enabled ? [] : [1]
      content {
        days = 29
      }
    }

    cors_rule {
      allowed_headers    = ["*"]
      allowed_methods    = ["GET", "HEAD", "OPTIONS"]
      allowed_origins    = ["https://*.example.com"]
      exposed_headers    = ["ETag", "x-ms-*"]
      max_age_in_seconds = 3600
    }
  }

  share_properties {
    retention_policy {
      days = 14
    }
    smb {
      versions                        = ["SMB3.1.1"]
      authentication_types            = ["Kerberos"]
      channel_encryption_type         = ["AES-256-GCM"]
      kerberos_ticket_encryption_type = ["AES-256"]
    }
  }

  network_rules {
    default_action             = var.network_rules.default_action
    bypass                     = var.network_rules.bypass
    ip_rules                   = var.network_rules.ip_rules
    virtual_network_subnet_ids = var.network_rules.virtual_network_subnet_ids
  }

  sas_policy {
    expiration_period = "00.04:00:00"
    expiration_action = "Log"
  }

  tags = var.tags

  lifecycle {
    prevent_destroy = true
    ignore_changes  = [customer_managed_key]
  }
}

resource "azurerm_storage_account_customer_managed_key" "this" {
  count = var.cmk_key_id == null ? 0 : 1

  storage_account_id        = azurerm_storage_account.this.id
  key_vault_key_id          = var.cmk_key_id
}

resource "azurerm_storage_container" "this" {
  for_each = var.containers

  name                  = each.key
  storage_account_name  = azurerm_storage_account.this.name
  container_access_type = each.value.access_type
  metadata              = each.value.metadata
}

resource "azurerm_storage_container_immutability_policy" "this" {
  for_each = toset(local.immutable_containers)

  storage_container_resource_manager_id = azurerm_storage_container.this[each.key].resource_manager_id
  immutability_period_in_days           = 365
  protected_append_writes_all_enabled   = false
  protected_append_writes_enabled       = true
}
