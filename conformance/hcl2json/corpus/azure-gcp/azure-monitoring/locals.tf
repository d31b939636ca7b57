locals {
  solutions = {
    ContainerInsights = "OMSGallery/ContainerInsights"
    SecurityInsights  = "OMSGallery/SecurityInsights"
    VMInsights        = "OMSGallery/VMInsights"
  }

  // Targets without explicit categories need a data source lookup.
  auto_category_targets = {
    for k, t in var.diagnostic_targets : k => t if t.log_categories == null
  }

  diagnostic_categories = {
    for k, t in var.diagnostic_targets : k => (
      t.log_categories != null
      ? t.log_categories
      : data.azurerm_monitor_diagnostic_categories.auto[k].log_category_types
    )
  }

  role_assignments = {
    for k, ra in var.role_assignments : k => merge(ra, {
      scope = coalesce(ra.scope, azurerm_log_analytics_workspace.this.id)
    })
  }

  saved_searches = {
    failed_logins = {
      category = "Security"
      query    = <<-KQL
        SigninLogs
        | where ResultType != 0
        | summarize failures = count() by UserPrincipalName, bin(TimeGenerated, 15m)
        | where failures > 10
        | order by failures desc
      KQL
    }
    aks_oom = {
      category = "Containers"
      query    = <<-KQL
        KubePodInventory
        | where ContainerLastStatus has "OOMKilled"
        | project TimeGenerated, Namespace, Name, ContainerName, ClusterName
      KQL
    }
  }
}
