resource "azurerm_network_security_group" "this" {
  name                = "nsg-${local.base_name}"
  location            = azurerm_resource_group.this.location
  resource_group_name = azurerm_resource_group.this.name
  tags                = local.common_tags

  # Static rules that are always present regardless of inputs.
  security_rule {
    name                       = "allow-bastion-ssh"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "10.250.0.0/27"
    destination_address_prefix = "VirtualNetwork"
  }

  security_rule {
    name                       = "allow-bastion-rdp"
    priority                   = 121
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "10.250.0.0/27"
    destination_address_prefix = "VirtualNetwork"
  }

  security_rule {
    name                       = "allow-monitoring-outbound"
    priority                   = 200
    direction                  = "Outbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["443", "12000"]
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "AzureMonitor"
  }

  security_rule {
    name                       = "allow-storage-outbound"
    priority                   = 210
    direction                  = "Outbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "Storage.WestEurope"
  }

  security_rule {
    name                       = "allow-sql-outbound"
    priority                   = 220
    direction                  = "Outbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["1433", "5432", "6380"]
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "VirtualNetwork"
  }

  security_rule {
    name                       = "deny-internet-outbound-smtp"
    priority                   = 300
    direction                  = "Outbound"
    access                     = "Deny"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "25"
    source_address_prefix      = "*"
    destination_address_prefix = "Internet"
    description                = "Block outbound SMTP; use SendGrid relay instead."
  }

  // Inputs-driven rules (defaults + caller-provided)
  dynamic "security_rule" {
    for_each = { for r in local.all_nsg_rules : r.name => r }
    iterator = rule

    content {
      name                         = rule.key
      priority                     = rule.value.priority
      direction                    = rule.value.direction
      access                       = rule.value.access
      protocol                     = rule.value.protocol
      source_port_range            = rule.value.source_port_range
      destination_port_range       = rule.value.destination_port_ranges == null ? coalesce(rule.value.destination_port_range, "*") : null
      destination_port_ranges      = rule.value.destination_port_ranges
      source_address_prefix        = rule.value.source_address_prefixes == null ? coalesce(rule.value.source_address_prefix, "*") : null
      source_address_prefixes      = rule.value.source_address_prefixes
      destination_address_prefix   = rule.value.destination_address_prefix
      description                  = try(rule.value.description, null)
    }
  }
}

resource "azurerm_subnet_network_security_group_association" "this" {
  for_each = local.nsg_subnet_keys

  subnet_id                 = azurerm_subnet.this[each.key].id
  network_security_group_id = azurerm_network_security_group.this.id
}

# Flow logs require a Network Watcher in the same region. Most subscriptions
# already have one created automatically, so we look it up instead of creating.
data "azurerm_network_watcher" "regional" {
  name                = "NetworkWatcher_${replace(lower(var.location), " ", "")}"
  resource_group_name = "NetworkWatcherRG"
}
