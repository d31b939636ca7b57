resource "azurerm_private_endpoint" "this" {
  for_each = local.has_private_endpoints ? var.private_endpoints : {}

  name                          = "pe-${var.account_name}-${each.key}"
  location                      = var.location
  resource_group_name           = var.resource_group_name
  subnet_id                     = var.private_endpoint_subnet_id
  custom_network_interface_name = "nic-pe-${var.account_name}-${each.key}"

  private_service_connection {
    name                           = "psc-${var.account_name}-${each.key}"
    private_connection_resource_id = azurerm_storage_account.this.id
    subresource_names              = [each.key]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "${each.key}-dns"
    private_dns_zone_ids = [each.value]
  }

  tags = var.tags
}
