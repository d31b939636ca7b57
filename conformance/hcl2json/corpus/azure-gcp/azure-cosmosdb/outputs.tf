output "endpoint" {
  value = azurerm_cosmosdb_account.this.endpoint
}

output "read_endpoints" {
  value = azurerm_cosmosdb_account.this.read_endpoints
}

output "write_endpoints" {
  value = azurerm_cosmosdb_account.this.write_endpoints
}

output "geo_locations" {
  value = [for g in local.geo_locations : "${g.priority}:${g.location}"]
}

output "container_ids" {
  value = { for k, c in azurerm_cosmosdb_sql_container.this : k => c.id }
}

output "data_contributor_role_id" {
  value = data.azurerm_cosmosdb_sql_role_definition.contributor.id
}
