output "environment_id" {
  value = azurerm_container_app_environment.this.id
}

output "default_domain" {
  value = azurerm_container_app_environment.this.default_domain
}

output "static_ip" {
  value = azurerm_container_app_environment.this.static_ip_address
}

output "app_fqdns" {
  value = {
    for name, app in azurerm_container_app.this :
    name => try(app.ingress[0].fqdn, null)
  }
}

output "app_identity_principal_id" {
  value = azurerm_user_assigned_identity.apps.principal_id
}
