output "function_app_id" {
  value = azurerm_linux_function_app.this.id
}

output "default_hostname" {
  value = "https://${azurerm_linux_function_app.this.default_hostname}"
}

output "principal_id" {
  value = azurerm_linux_function_app.this.identity[0].principal_id
}

output "outbound_ips" {
  value = split(",", azurerm_linux_function_app.this.possible_outbound_ip_addresses)
}

output "storage_account_name" {
  value = azurerm_storage_account.fn.name
}
