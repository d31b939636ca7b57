# Private DNS zone used by VNet-integrated flexible servers.
resource "azurerm_private_dns_zone" "pg" {
  name                = "${var.server_name}.private.postgres.database.azure.com"
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "pg" {
  for_each = var.virtual_network_ids

  name                  = "pdnslink-${each.key}"
  private_dns_zone_name = azurerm_private_dns_zone.pg.name
  resource_group_name   = var.resource_group_name
  virtual_network_id    = each.value
  registration_enabled  = false
  tags                  = var.tags
}
