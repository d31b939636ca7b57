/*
  Workload Identity: create one Google service account per Kubernetes service
  account and allow the KSA to impersonate it.
*/

resource "google_service_account" "workload" {
  for_each = var.workload_identity_bindings

  project      = var.project_id
  account_id   = each.value.gsa_account_id
  display_name = "Workload identity for ${each.key}"
}

resource "google_service_account_iam_member" "wi_user" {
  for_each = var.workload_identity_bindings

  service_account_id = google_service_account.workload[each.key].name
  role               = "roles/iam.workloadIdentityUser"
  member             = "serviceAccount:${local.workload_pool}[${each.key}]"

  depends_on = [google_container_cluster.this]
}

resource "google_project_iam_member" "workload_roles" {
  for_each = { for b in local.wi_roles : b.key => b }

  project = var.project_id
  role    = each.value.role
  member  = google_service_account.workload[each.value.ksa].member
}
