output "uri" {
  value = google_cloud_run_v2_service.this.uri
}

output "service_account_email" {
  value = google_service_account.run.email
}

output "latest_revision" {
  value = google_cloud_run_v2_service.this.latest_ready_revision
}

output "is_public" {
  value = local.public
}

output "service_name" {
  value = google_cloud_run_v2_service.this.name
}
