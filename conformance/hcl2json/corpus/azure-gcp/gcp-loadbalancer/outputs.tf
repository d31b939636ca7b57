output "ip_address" {
  value = google_compute_global_address.this.address
}

output "backend_service_ids" {
  value = { for k, b in google_compute_backend_service.this : k => b.id }
}

output "security_policy_id" {
  value = google_compute_security_policy.this.id
}

output "dns_records" {
  description = "A records to create for each domain."
  value = [
    for d in var.domains : {
      name    = "${d}."
      type    = "A"
      rrdatas = [google_compute_global_address.this.address]
    }
  ]
}
