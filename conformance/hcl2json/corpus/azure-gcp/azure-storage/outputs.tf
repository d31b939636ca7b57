output "id" {
  value = azurerm_storage_account.this.id
}

output "primary_endpoints" {
  value = {
    blob  = azurerm_storage_account.this.primary_blob_endpoint
    dfs   = azurerm_storage_account.this.primary_dfs_endpoint
    queue = azurerm_storage_account.this.primary_queue_endpoint
    table = azurerm_storage_account.this.primary_table_endpoint
    file  = azurerm_storage_account.this.primary_file_endpoint
  }
}

output "container_ids" {
  value = { for k, c in azurerm_storage_container.this : k => c.resource_manager_id }
}

output "private_endpoint_ips" {
  value = {
    for k, pe in azurerm_private_endpoint.this :
    k => pe.private_service_connection[0].private_ip_address
  }
}

output "identity_principal_id" {
  value = azurerm_storage_account.this.identity[0].principal_id
}
