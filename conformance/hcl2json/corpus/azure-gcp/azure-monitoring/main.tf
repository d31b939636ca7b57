resource "azurerm_log_analytics_workspace" "this" {
  name                               = "log-${var.name}"
  location                           = var.location
  resource_group_name                = var.resource_group_name
  sku                                = "PerGB2018"
  retention_in_days                  = var.retention_in_days
  daily_quota_gb                     = var.daily_quota_gb
  internet_ingestion_enabled         = true
  internet_query_enabled             = true
  local_authentication_disabled      = true
  allow_resource_only_permissions    = true
  tags                               = var.tags
}

resource "azurerm_log_analytics_solution" "this" {
  for_each = local.solutions

  solution_name         = each.key
  location              = var.location
  resource_group_name   = var.resource_group_name
  workspace_resource_id = azurerm_log_analytics_workspace.this.id
  workspace_name        = azurerm_log_analytics_workspace.this.name

  plan {
    publisher = "Microsoft"
    product   = each.value
  }
}

resource "azurerm_log_analytics_saved_search" "this" {
  for_each = local.saved_searches

  name                       = each.key
  log_analytics_workspace_id = azurerm_log_analytics_workspace.this.id
  category                   = each.value.category
  display_name               = title(replace(each.key, "_", " "))
  query                      = each.value.query
}

resource "azurerm_application_insights" "this" {
  name                = "appi-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  workspace_id        = azurerm_log_analytics_workspace.this.id
  application_type    = "web"
  sampling_percentage = 100
  tags                = var.tags
}

# -----------------------------------------------------------------------------
# Diagnostic settings
# -----------------------------------------------------------------------------

data "azurerm_monitor_diagnostic_categories" "auto" {
  for_each    = local.auto_category_targets
  resource_id = each.value.resource_id
}

resource "azurerm_monitor_diagnostic_setting" "this" {
  for_each = var.diagnostic_targets

  name                           = "diag-to-${azurerm_log_analytics_workspace.this.name}"
  target_resource_id             = each.value.resource_id
  log_analytics_workspace_id     = azurerm_log_analytics_workspace.this.id
  log_analytics_destination_type = each.value.dedicated ? "Dedicated" : null

  dynamic "enabled_log" {
    for_each = toset(local.diagnostic_categories[each.key])
    content {
      category = enabled_log.value
    }
  }

  dynamic "metric" {
    for_each = each.value.metrics ? ["AllMetrics"] : []
    content {
      category = metric.value
      enabled  = true
    }
  }

  lifecycle {
    ignore_changes = [log_analytics_destination_type]
  }
}

# -----------------------------------------------------------------------------
# Alerting
# -----------------------------------------------------------------------------

resource "azurerm_monitor_action_group" "ops" {
  name                = "ag-${var.name}-ops"
  resource_group_name = var.resource_group_name
  short_name          = substr("ops${var.name}", 0, 12)

  dynamic "email_receiver" {
    for_each = { for idx, email in var.alert_emails : idx => email }
    content {
      name                    = "email-${email_receiver.key}"
      email_address           = email_receiver.value
      use_common_alert_schema = true
    }
  }

  tags = var.tags
}

resource "azurerm_monitor_scheduled_query_rules_alert_v2" "failed_logins" {
  name                 = "alert-${var.name}-failed-logins"
  resource_group_name  = var.resource_group_name
  location             = var.location
  scopes               = [azurerm_log_analytics_workspace.this.id]
  severity             = 2
  evaluation_frequency = "PT15M"
  window_duration      = "PT15M"
  description          = "More than 10 failed sign-ins for a single user within 15 minutes."

  criteria {
    query                   = local.saved_searches.failed_logins.query
    time_aggregation_method = "Count"
    operator                = "GreaterThan"
    threshold               = 0

    dimension {
      name     = "UserPrincipalName"
      operator = "Include"
      values   = ["*"]
    }

    failing_periods {
      minimum_failing_periods_to_trigger_alert = 1
      number_of_evaluation_periods             = 1
    }
  }

  action {
    action_groups = [azurerm_monitor_action_group.ops.id]
    custom_properties = {
      runbook = "https://wiki.example.com/runbooks/failed-logins"
    }
  }
}
