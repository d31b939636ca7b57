resource "google_project_iam_member" "this" {
  for_each = local.project_members

  project = var.project_id
  role    = each.value.role
  member  = each.value.member
}

resource "google_project_iam_binding" "this" {
  for_each = var.project_iam_bindings

  project = var.project_id
  role    = each.key
  members = each.value.members

  dynamic "condition" {
    for_each = each.value.condition == null ? [] : [each.value.condition]
    content {
      title       = condition.value.title
      expression  = condition.value.expression
      description = condition.value.description
    }
  }
}

resource "google_project_iam_member" "temporary" {
  for_each = var.temporary_access

  project = var.project_id
  role    = each.value.role
  member  = each.key

  condition {
    title       = "expires-${formatdate("YYYYMMDD", each.value.expires)}"
    description = each.value.reason
    expression  = "request.time < timestamp(\"${each.value.expires}\")"
  }
}

resource "google_project_iam_custom_role" "this" {
  for_each = var.custom_roles

  project     = var.project_id
  role_id     = replace(each.key, "-", "_")
  title       = each.value.title
  description = each.value.description
  permissions = sort(each.value.permissions)
  stage       = each.value.stage
}

resource "google_service_account" "this" {
  for_each = var.service_accounts

  project      = var.project_id
  account_id   = each.key
  display_name = coalesce(each.value.display_name, title(replace(each.key, "-", " ")))
  description  = each.value.description
}

resource "google_project_iam_member" "sa_roles" {
  for_each = local.sa_project_roles

  project = var.project_id
  role    = startswith(each.value.role, "roles/") ? each.value.role : google_project_iam_custom_role.this[each.value.role].id
  member  = google_service_account.this[each.value.sa].member
}

resource "google_service_account_iam_member" "token_creator" {
  for_each = local.sa_impersonators

  service_account_id = google_service_account.this[each.value.sa].name
  role               = "roles/iam.serviceAccountTokenCreator"
  member             = each.value.member
}

# Audit logging for all services, with an exemption for the CI account.
resource "google_project_iam_audit_config" "all" {
  project = var.project_id
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }

  audit_log_config {
    log_type = "DATA_READ"
    exempted_members = [
      for sa in google_service_account.this : sa.member if can(regex("^ci-", sa.account_id))
    ]
  }

  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
