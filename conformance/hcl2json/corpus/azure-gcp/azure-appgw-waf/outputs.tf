output "id" {
  value = azurerm_application_gateway.this.id
}

output "public_ip" {
  value = azurerm_public_ip.gw.ip_address
}

output "fqdn" {
  value = azurerm_public_ip.gw.fqdn
}

output "waf_policy_id" {
  value = azurerm_web_application_firewall_policy.this.id
}

output "backend_pool_names" {
  value = azurerm_application_gateway.this.backend_address_pool[*].name
}
