locals {
  storage_name = substr(lower(replace("st${var.name}fn${random_id.storage.hex}", "-", "")), 0, 24)

  kv_settings = {
    for k, uri in var.key_vault_references : k => "@Microsoft.KeyVault(SecretUri=${uri})"
  }

  app_settings = merge(
    {
      "FUNCTIONS_EXTENSION_VERSION"    = "~4"
      "WEBSITE_RUN_FROM_PACKAGE"       = "1"
      "AzureWebJobsDisableHomepage"    = "true"
      "PYTHON_ENABLE_WORKER_EXTENSIONS" = var.runtime.stack == "python" ? "1" : null
    },
    var.app_settings,
    local.kv_settings,
  )

  # Remove null-valued entries so the provider does not see empty settings.
  app_settings_clean = { for k, v in local.app_settings : k => v if v != null }

  is_elastic = startswith(var.plan.sku_name, "EP")
}
