output "hosts" {
  value = { for k, r in google_redis_instance.this : k => r.host }
}

output "read_endpoints" {
  value = { for k, r in google_redis_instance.this : k => r.read_endpoint if r.read_endpoint != "" }
}

output "auth_strings" {
  value     = { for k, r in google_redis_instance.this : k => r.auth_string }
  sensitive = true
}

output "server_ca_certs" {
  value = {
    for k, r in google_redis_instance.this : k => r.server_ca_certs[*].cert
  }
}
