output "resource_group_name" {
  value = azurerm_resource_group.this.name
}

output "vnet_id" {
  description = "ID of the virtual network."
  value       = azurerm_virtual_network.this.id
}

output "subnet_ids" {
  description = "Map of logical subnet name to subnet ID."
  value       = { for k, s in azurerm_subnet.this : k => s.id }
}

output "delegated_subnet_ids" {
  value = {
    for k, _ in local.delegated_subnets : k => azurerm_subnet.this[k].id
  }
}

output "nat_public_ips" {
  value = azurerm_public_ip.nat[*].ip_address
}

output "nsg_rule_counts" {
  value = { for dir, rules in local.nsg_rules_by_direction : dir => length(rules) }
}
