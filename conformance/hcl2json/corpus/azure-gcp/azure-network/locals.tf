locals {
  base_name = "${var.name_prefix}-net"

  common_tags = merge(
    {
      "managed-by" = "terraform"
      "module"     = "azure-network"
    },
    var.tags,
  )

  // Default rules that every NSG in this module gets.
  default_nsg_rules = [
    {
      name                       = "allow-https-inbound"
      priority                   = 100
      direction                  = "Inbound"
      access                     = "Allow"
      protocol                   = "Tcp"
      source_port_range          = "*"
      destination_port_range     = "443"
      destination_port_ranges    = null
      source_address_prefix      = "Internet"
      source_address_prefixes    = null
      destination_address_prefix = "VirtualNetwork"
      description                = "Public HTTPS"
    },
    {
      name                       = "allow-azure-lb"
      priority                   = 110
      direction                  = "Inbound"
      access                     = "Allow"
      protocol                   = "*"
      source_port_range          = "*"
      destination_port_range     = "*"
      destination_port_ranges    = null
      source_address_prefix      = "AzureLoadBalancer"
      source_address_prefixes    = null
      destination_address_prefix = "*"
      description                = null
    },
    {
      name                       = "deny-all-inbound"
      priority                   = 4096
      direction                  = "Inbound"
      access                     = "Deny"
      protocol                   = "*"
      source_port_range          = "*"
      destination_port_range     = "*"
      destination_port_ranges    = null
      source_address_prefix      = "*"
      source_address_prefixes    = null
      destination_address_prefix = "*"
      description                = "Explicit catch-all deny"
    },
  ]

  all_nsg_rules = concat(local.default_nsg_rules, var.nsg_rules)

  # Group rules by direction so they can be rendered in separate dynamic blocks.
  nsg_rules_by_direction = {
    for r in local.all_nsg_rules : r.direction => r...
  }

  delegated_subnets = {
    for k, s in var.subnets : k => s if s.delegation != null
  }

  nat_subnet_keys = toset([
    for k, s in var.subnets : k if s.attach_nat_gateway && var.nat_gateway.enabled
  ])

  nsg_subnet_keys = toset([for k, s in var.subnets : k if s.attach_nsg])
}
