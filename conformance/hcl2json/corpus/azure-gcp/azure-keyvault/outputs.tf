output "id" {
  value = azurerm_key_vault.this.id
}

output "vault_uri" {
  value = azurerm_key_vault.this.vault_uri
}

output "key_ids" {
  value = { for k, key in azurerm_key_vault_key.this : k => key.versionless_id }
}

output "secret_ids" {
  value = merge(
    { for k, s in azurerm_key_vault_secret.generated : k => s.versionless_id },
    { for k, s in azurerm_key_vault_secret.static : k => s.versionless_id },
  )
}

output "certificate_secret_id" {
  value = azurerm_key_vault_certificate.self_signed.versionless_secret_id
}

output "key_summary" {
  value = {
    rsa = local.rsa_key_names
    ec  = local.ec_key_names
  }
}
