/*
 * Resource group, virtual network and subnets.
 *
 * Subnets are created as standalone resources (rather than inline blocks on
 * the virtual network) so that delegations and associations can be managed
 * independently.
 */

resource "azurerm_resource_group" "this" {
  name     = "rg-${local.base_name}"
  location = var.location
  tags     = local.common_tags

  lifecycle {
    prevent_destroy = true
  }
}

resource "azurerm_virtual_network" "this" {
  name                = "vnet-${local.base_name}"
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  address_space       = var.address_space
  dns_servers         = var.dns_servers
  tags                = local.common_tags
}

resource "azurerm_subnet" "this" {
  for_each = var.subnets

  name                 = "snet-${each.key}"
  resource_group_name  = azurerm_resource_group.this.name
  virtual_network_name = azurerm_virtual_network.this.name
  address_prefixes     = each.value.address_prefixes
  service_endpoints    = each.value.service_endpoints

  private_endpoint_network_policies_enabled = each.value.private_endpoint_network_policies_enabled

  dynamic "delegation" {
    for_each = each.value.delegation == null ? [] : [each.value.delegation]
    content {
      name = delegation.value.name

      service_delegation {
        name    = delegation.value.service
        actions = delegation.value.actions
      }
    }
  }
}

# --- NAT gateway ---------------------------------------------------------------

resource "azurerm_public_ip" "nat" {
  count = var.nat_gateway.enabled ? var.nat_gateway.public_ip_count : 0

  name                = format("pip-%s-nat-%02d", local.base_name, count.index + 1)
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = var.nat_gateway.zones
  tags                = local.common_tags
}

resource "azurerm_nat_gateway" "this" {
  count = var.nat_gateway.enabled ? 1 : 0

  name                    = "ng-${local.base_name}"
  location                = azurerm_resource_group.this.location
  resource_group_name     = azurerm_resource_group.this.name
  sku_name                = "Standard"
  idle_timeout_in_minutes = var.nat_gateway.idle_timeout_in_minutes
  zones                   = var.nat_gateway.zones
  tags                    = local.common_tags
}

resource "azurerm_nat_gateway_public_ip_association" "this" {
  count = length(azurerm_public_ip.nat)

  nat_gateway_id       = azurerm_nat_gateway.this[0].id
  public_ip_address_id = azurerm_public_ip.nat[count.index].id
}

resource "azurerm_subnet_nat_gateway_association" "this" {
  for_each = local.nat_subnet_keys

  subnet_id      = azurerm_subnet.this[each.key].id
  nat_gateway_id = one(azurerm_nat_gateway.this[*].id)
}
