output "server_id" {
  value = azurerm_postgresql_flexible_server.this.id
}

output "fqdn" {
  value = azurerm_postgresql_flexible_server.this.fqdn
}

output "admin_password" {
  value     = random_password.admin.result
  sensitive = true
}

output "connection_strings" {
  description = "libpq connection strings for each database (password omitted)."
  value = {
    for db in keys(var.databases) :
    db => "host=${azurerm_postgresql_flexible_server.this.fqdn} port=5432 dbname=${db} user=pgadmin sslmode=require"
  }
}

output "private_dns_zone_id" {
  value = azurerm_private_dns_zone.pg.id
}
