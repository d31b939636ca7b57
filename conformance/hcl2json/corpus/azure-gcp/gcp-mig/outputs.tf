output "instance_group" {
  value = google_compute_region_instance_group_manager.this.instance_group
}

output "service_account" {
  value = google_service_account.vm.email
}

output "template_self_link" {
  value = google_compute_instance_template.this.self_link_unique
}

output "startup_script" {
  value     = local.startup_script
  sensitive = true
}
