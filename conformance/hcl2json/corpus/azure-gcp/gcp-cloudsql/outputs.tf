output "instance_name" {
  value = google_sql_database_instance.primary.name
}

output "connection_name" {
  value = google_sql_database_instance.primary.connection_name
}

output "private_ip" {
  value = google_sql_database_instance.primary.private_ip_address
}

output "replicas" {
  value = {
    for k, r in google_sql_database_instance.replica : k => {
      connection_name = r.connection_name
      private_ip      = r.private_ip_address
      region          = r.region
    }
  }
}

output "root_password" {
  value     = local.is_postgres ? null : random_password.root.result
  sensitive = true
}
