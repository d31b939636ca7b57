data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "this" {
  name                = var.name
  location            = var.location
  resource_group_name = var.resource_group_name
  tenant_id           = data.azurerm_client_config.current.tenant_id
  sku_name            = "premium"

  enabled_for_deployment          = false
  enabled_for_disk_encryption     = true
  enabled_for_template_deployment = false
  enable_rbac_authorization       = var.enable_rbac_authorization
  purge_protection_enabled        = true
  soft_delete_retention_days      = 90
  public_network_access_enabled   = var.network_acls.default_action == "Allow" || length(var.network_acls.ip_rules) > 0

  network_acls {
    bypass                     = "AzureServices"
    default_action             = var.network_acls.default_action
    ip_rules                   = var.network_acls.ip_rules
    virtual_network_subnet_ids = var.network_acls.virtual_network_subnet_ids
  }

  dynamic "access_policy" {
    for_each = local.access_policies
    content {
      tenant_id               = data.azurerm_client_config.current.tenant_id
      object_id               = access_policy.value.object_id
      key_permissions         = access_policy.value.key_permissions
      secret_permissions      = access_policy.value.secret_permissions
      certificate_permissions = access_policy.value.certificate_permissions
      storage_permissions     = access_policy.value.storage_permissions
    }
  }

  tags = var.tags
}

resource "azurerm_role_assignment" "deployer_admin" {
  count = var.enable_rbac_authorization ? 1 : 0

  scope                = azurerm_key_vault.this.id
  role_definition_name = "Key Vault Administrator"
  principal_id         = data.azurerm_client_config.current.object_id
}

resource "azurerm_key_vault_key" "this" {
  for_each = var.keys

  name         = each.key
  key_vault_id = azurerm_key_vault.this.id
  key_type     = each.value.key_type
  key_size     = startswith(each.value.key_type, "RSA") ? each.value.key_size : null
  curve        = startswith(each.value.key_type, "EC") ? coalesce(each.value.curve, "P-256") : null
  key_opts     = each.value.key_opts

  rotation_policy {
    automatic {
      time_after_creation = each.value.rotate_after
    }
    expire_after         = each.value.expire_after
    notify_before_expiry = "P30D"
  }

  depends_on = [azurerm_role_assignment.deployer_admin]
}

resource "random_password" "secret" {
  for_each = var.generated_secrets

  length  = each.value.length
  special = each.value.special

  keepers = {
    rotation = "2024-q3"
  }
}

resource "azurerm_key_vault_secret" "generated" {
  for_each = var.generated_secrets

  name         = each.key
  value        = random_password.secret[each.key].result
  key_vault_id = azurerm_key_vault.this.id
  content_type = each.value.content_type

  expiration_date = timeadd(plantimestamp(), "8760h")

  tags = {
    generated = "true"
  }

  lifecycle {
    ignore_changes = [expiration_date]
  }

  depends_on = [azurerm_role_assignment.deployer_admin]
}

resource "azurerm_key_vault_secret" "static" {
  for_each = nonsensitive(toset(keys(var.static_secrets)))

  name         = each.value
  value        = var.static_secrets[each.value]
  key_vault_id = azurerm_key_vault.this.id
  content_type = "text/plain"

  depends_on = [azurerm_role_assignment.deployer_admin]
}

resource "azurerm_key_vault_certificate" "self_signed" {
  name         = "internal-tls"
  key_vault_id = azurerm_key_vault.this.id

  certificate_policy {
    issuer_parameters {
      name = "Self"
    }

    key_properties {
      exportable = true
      key_size   = 2048
      key_type   = "RSA"
      reuse_key  = false
    }

    lifetime_action {
      action {
        action_type = "AutoRenew"
      }
      trigger {
        days_before_expiry = 30
      }
    }

    secret_properties {
      content_type = "application/x-pkcs12"
    }

    x509_certificate_properties {
      extended_key_usage = ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]
      key_usage = [
        "cRLSign",
        "dataEncipherment",
        "digitalSignature",
        "keyAgreement",
        "keyCertSign",
        "keyEncipherment",
      ]
      subject            = "CN=internal.${var.name}.example.com"
      validity_in_months = 12

      subject_alternative_names {
        dns_names = [
          "internal.${var.name}.example.com",
          "*.internal.${var.name}.example.com",
        ]
      }
    }
  }
}
