output "service_account_emails" {
  value = { for k, sa in google_service_account.this : k => sa.email }
}

output "custom_role_ids" {
  value = { for k, r in google_project_iam_custom_role.this : k => r.id }
}

output "members_by_role" {
  value = local.members_by_role
}

output "members_by_type" {
  value = { for t, ms in local.members_by_type : t => distinct(ms) }
}
