output "keyring_id" {
  value = google_kms_key_ring.this.id
}

output "crypto_key_ids" {
  value = { for k, v in google_kms_crypto_key.this : k => v.id }
}

output "secret_ids" {
  value = { for k, v in google_secret_manager_secret.this : k => v.id }
}

output "secret_version_names" {
  value     = { for k, v in google_secret_manager_secret_version.this : k => v.name }
  sensitive = false
}

output "secretmanager_service_agent" {
  value = google_project_service_identity.secretmanager.email
}
