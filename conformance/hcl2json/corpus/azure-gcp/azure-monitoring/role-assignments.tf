data "azurerm_role_definition" "builtin" {
  for_each = toset(distinct([for ra in values(var.role_assignments) : ra.role]))
  name     = each.value
}

resource "azurerm_role_assignment" "this" {
  for_each = local.role_assignments

  scope              = each.value.scope
  role_definition_id = data.azurerm_role_definition.builtin[each.value.role].id
  principal_id       = each.value.principal_id
  principal_type     = each.value.principal_type
  condition          = each.value.condition
  condition_version  = each.value.condition != null ? "2.0" : null
  description        = "Managed by Terraform (${each.key})"
}

# Custom role that allows reading workspace data without managing it.
resource "azurerm_role_definition" "log_reader_plus" {
  name        = "Log Reader Plus (${var.name})"
  scope       = azurerm_log_analytics_workspace.this.id
  description = "Read logs and saved searches, run queries, but no write access."

  permissions {
    actions = [
      "Microsoft.OperationalInsights/workspaces/read",
      "Microsoft.OperationalInsights/workspaces/query/read",
      "Microsoft.OperationalInsights/workspaces/query/*/read",
      "Microsoft.OperationalInsights/workspaces/savedSearches/read",
      "Microsoft.OperationalInsights/workspaces/search/action",
      "Microsoft.Insights/components/read",
    ]
    not_actions = [
      "Microsoft.OperationalInsights/workspaces/sharedKeys/action",
    ]
    data_actions = []
  }

  assignable_scopes = [
    azurerm_log_analytics_workspace.this.id,
  ]
}
