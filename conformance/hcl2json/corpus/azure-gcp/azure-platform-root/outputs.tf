output "vnet_id" {
  value = module.network.vnet_id
}

output "regional_vnet_ids" {
  value = { for k, m in module.regional_network : k => m.vnet_id }
}

output "key_vault_uri" {
  value = module.keyvault.vault_uri
}

output "aks_oidc_issuer" {
  value = one(module.aks[*].oidc_issuer_url)
}

output "tenant_id" {
  value     = data.azurerm_client_config.current.tenant_id
  sensitive = false
}
