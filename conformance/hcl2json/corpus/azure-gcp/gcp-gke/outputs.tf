output "cluster_id" {
  value = google_container_cluster.this.id
}

output "endpoint" {
  value     = google_container_cluster.this.endpoint
  sensitive = true
}

output "ca_certificate" {
  value     = base64decode(google_container_cluster.this.master_auth[0].cluster_ca_certificate)
  sensitive = true
}

output "workload_identity_annotations" {
  description = "Annotation to place on each Kubernetes service account."
  value = {
    for ksa, sa in google_service_account.workload :
    ksa => { "iam.gke.io/gcp-service-account" = sa.email }
  }
}

output "node_pool_names" {
  value = [for p in google_container_node_pool.this : p.name]
}
