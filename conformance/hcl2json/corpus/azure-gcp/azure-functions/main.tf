resource "random_id" "storage" {
  byte_length = 3
  keepers = {
    name = var.name
  }
}

resource "azurerm_storage_account" "fn" {
  name                            = local.storage_name
  resource_group_name             = var.resource_group_name
  location                        = var.location
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  shared_access_key_enabled       = true # still required by the Functions host
  tags                            = var.tags
}

resource "azurerm_service_plan" "this" {
  name                         = "asp-${var.name}"
  resource_group_name          = var.resource_group_name
  location                     = var.location
  os_type                      = "Linux"
  sku_name                     = var.plan.sku_name
  worker_count                 = var.plan.worker_count
  zone_balancing_enabled       = var.plan.zone_balancing_enabled
  maximum_elastic_worker_count = local.is_elastic ? coalesce(var.plan.maximum_elastic_worker_count, 20) : null
  tags                         = var.tags
}

resource "azurerm_linux_function_app" "this" {
  name                = "func-${var.name}"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = azurerm_service_plan.this.id

  storage_account_name          = azurerm_storage_account.fn.name
  storage_uses_managed_identity = true

  https_only                    = true
  public_network_access_enabled = var.vnet_integration_subnet_id == null
  virtual_network_subnet_id     = var.vnet_integration_subnet_id
  functions_extension_version   = "~4"
  builtin_logging_enabled       = false
  client_certificate_mode       = "Optional"

  app_settings = local.app_settings_clean

  identity {
    type = "SystemAssigned"
  }

  site_config {
    always_on                              = !local.is_elastic && var.plan.sku_name != "Y1"
    application_insights_connection_string = var.application_insights_connection_string
    ftps_state                             = "Disabled"
    http2_enabled                          = true
    minimum_tls_version                    = "1.2"
    vnet_route_all_enabled                 = var.vnet_integration_subnet_id != null
    elastic_instance_minimum               = local.is_elastic ? 1 : null
    pre_warmed_instance_count              = local.is_elastic ? 1 : null
    health_check_path                      = "/api/health"
    health_check_eviction_time_in_min      = 5

    application_stack {
      python_version              = var.runtime.stack == "python" ? var.runtime.version : null
      node_version                = var.runtime.stack == "node" ? var.runtime.version : null
      dotnet_version              = var.runtime.stack == "dotnet-isolated" ? var.runtime.version : null
      use_dotnet_isolated_runtime = var.runtime.stack == "dotnet-isolated" ? true : null
      powershell_core_version     = var.runtime.stack == "powershell" ? var.runtime.version : null

      dynamic "docker" {
        for_each = []
        content {
          registry_url = docker.value.registry_url
          image_name   = docker.value.image_name
          image_tag    = docker.value.image_tag
        }
      }
    }

    cors {
      allowed_origins     = ["https://portal.azure.com"]
      support_credentials = false
    }

    dynamic "ip_restriction" {
      for_each = var.ip_restrictions
      content {
        name        = ip_restriction.value.name
        ip_address  = ip_restriction.value.ip_address
        service_tag = ip_restriction.value.service_tag
        priority    = ip_restriction.value.priority
        action      = ip_restriction.value.action
      }
    }
  }

  sticky_settings {
    app_setting_names = keys(local.kv_settings)
  }

  tags = var.tags

  lifecycle {
    ignore_changes = [
      app_settings["WEBSITE_RUN_FROM_PACKAGE"],
      tags["hidden-link: /app-insights-resource-id"],
    ]
  }
}

resource "azurerm_role_assignment" "fn_storage" {
  for_each = toset([
    "Storage Blob Data Owner",
    "Storage Queue Data Contributor",
    "Storage Table Data Contributor",
  ])

  scope                = azurerm_storage_account.fn.id
  role_definition_name = each.value
  principal_id         = azurerm_linux_function_app.this.identity[0].principal_id
}
