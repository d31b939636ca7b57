data "azurerm_client_config" "current" {}

resource "random_password" "admin" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+[]{}<>:?"
  min_lower        = 2
  min_upper        = 2
  min_numeric      = 2
}

resource "azurerm_postgresql_flexible_server" "this" {
  name                          = var.server_name
  resource_group_name           = var.resource_group_name
  location                      = var.location
  version                       = var.pg_version
  sku_name                      = var.sku_name
  delegated_subnet_id           = var.delegated_subnet_id
  private_dns_zone_id           = azurerm_private_dns_zone.pg.id
  public_network_access_enabled = false

  administrator_login    = "pgadmin"
  administrator_password = random_password.admin.result

  storage_mb        = var.storage.size_mb
  storage_tier      = var.storage.tier
  auto_grow_enabled = var.storage.auto_grow

  backup_retention_days        = var.backup.retention_days
  geo_redundant_backup_enabled = var.backup.geo_redundant

  zone = "1"

  dynamic "high_availability" {
    for_each = var.high_availability.enabled ? [var.high_availability] : []
    content {
      mode                      = "ZoneRedundant"
      standby_availability_zone = high_availability.value.standby_availability_zone
    }
  }

  authentication {
    active_directory_auth_enabled = var.aad_admin != null
    password_auth_enabled         = true
    tenant_id                     = var.aad_admin != null ? data.azurerm_client_config.current.tenant_id : null
  }

  maintenance_window {
    day_of_week  = 0
    start_hour   = 3
    start_minute = 30
  }

  tags = var.tags

  lifecycle {
    prevent_destroy = true
    ignore_changes = [
      zone,
      high_availability[0].standby_availability_zone,
    ]
  }

  depends_on = [azurerm_private_dns_zone_virtual_network_link.pg]
}

resource "azurerm_postgresql_flexible_server_active_directory_administrator" "this" {
  count = var.aad_admin == null ? 0 : 1

  server_name         = azurerm_postgresql_flexible_server.this.name
  resource_group_name = var.resource_group_name
  tenant_id           = data.azurerm_client_config.current.tenant_id
  object_id           = var.aad_admin.object_id
  principal_name      = var.aad_admin.principal_name
  principal_type      = var.aad_admin.principal_type
}

resource "azurerm_postgresql_flexible_server_database" "this" {
  for_each = var.databases

  name      = each.key
  server_id = azurerm_postgresql_flexible_server.this.id
  charset   = each.value.charset
  collation = each.value.collation

  lifecycle {
    prevent_destroy = true
  }
}

resource "azurerm_postgresql_flexible_server_configuration" "this" {
  for_each = var.server_parameters

  name      = each.key
  server_id = azurerm_postgresql_flexible_server.this.id
  value     = each.value
}
