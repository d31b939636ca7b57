output "workspace_id" {
  value = azurerm_log_analytics_workspace.this.id
}

output "workspace_customer_id" {
  value = azurerm_log_analytics_workspace.this.workspace_id
}

output "app_insights_connection_string" {
  value     = azurerm_application_insights.this.connection_string
  sensitive = true
}

output "diagnostic_setting_ids" {
  value = { for k, d in azurerm_monitor_diagnostic_setting.this : k => d.id }
}

output "action_group_id" {
  value = azurerm_monitor_action_group.ops.id
}

output "role_assignment_ids" {
  value = values(azurerm_role_assignment.this)[*].id
}
