output "hostname" {
  value = azurerm_redis_cache.this.hostname
}

output "ssl_port" {
  value = azurerm_redis_cache.this.ssl_port
}

output "primary_connection_string" {
  value     = azurerm_redis_cache.this.primary_connection_string
  sensitive = true
}

output "private_ip" {
  value = try(azurerm_private_endpoint.redis[0].private_service_connection[0].private_ip_address, null)
}
