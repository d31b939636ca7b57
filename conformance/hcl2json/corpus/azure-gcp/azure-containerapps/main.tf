resource "azurerm_user_assigned_identity" "apps" {
  name                = "id-${var.environment_name}-apps"
  resource_group_name = var.resource_group_name
  location            = var.location
  tags                = var.tags
}

resource "azurerm_container_app_environment" "this" {
  name                               = "cae-${var.environment_name}"
  location                           = var.location
  resource_group_name                = var.resource_group_name
  log_analytics_workspace_id         = var.log_analytics_workspace_id
  infrastructure_subnet_id           = var.infrastructure_subnet_id
  internal_load_balancer_enabled     = var.infrastructure_subnet_id != null
  zone_redundancy_enabled            = var.infrastructure_subnet_id != null
  infrastructure_resource_group_name = var.infrastructure_subnet_id != null ? "ME_${var.environment_name}" : null

  workload_profile {
    name                  = "Consumption"
    workload_profile_type = "Consumption"
  }

  dynamic "workload_profile" {
    for_each = var.workload_profiles
    content {
      name                  = workload_profile.value.name
      workload_profile_type = workload_profile.value.workload_profile_type
      minimum_count         = workload_profile.value.minimum_count
      maximum_count         = workload_profile.value.maximum_count
    }
  }

  tags = var.tags
}

resource "azurerm_container_app" "this" {
  for_each = var.apps

  name                         = "ca-${each.key}"
  container_app_environment_id = azurerm_container_app_environment.this.id
  resource_group_name          = var.resource_group_name
  revision_mode                = each.value.revision_mode
  workload_profile_name        = "Consumption"
  tags                         = merge(var.tags, { app = each.key })

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.apps.id, var.registry.identity_id]
  }

  registry {
    server   = var.registry.server
    identity = var.registry.identity_id
  }

  dynamic "secret" {
    for_each = each.value.secrets
    content {
      name                = secret.key
      key_vault_secret_id = secret.value
      identity            = azurerm_user_assigned_identity.apps.id
    }
  }

  dynamic "ingress" {
    for_each = each.value.target_port == null ? [] : [each.value.target_port]
    content {
      external_enabled           = each.value.external
      target_port                = ingress.value
      transport                  = "auto"
      allow_insecure_connections = false

      traffic_weight {
        latest_revision = true
        percentage      = 100
      }
    }
  }

  template {
    min_replicas    = each.value.min_replicas
    max_replicas    = each.value.max_replicas
    revision_suffix = null

    container {
      name    = each.key
      image   = each.value.image
      cpu     = each.value.cpu
      memory  = each.value.memory
      command = each.value.command

      dynamic "env" {
        for_each = each.value.env
        content {
          name  = env.key
          value = env.value
        }
      }

      # Every secret is also exposed as an environment variable with an
      # upper-cased, underscore-separated name.
      dynamic "env" {
        for_each = each.value.secrets
        content {
          name        = upper(replace(env.key, "-", "_"))
          secret_name = env.key
        }
      }

      env {
        name  = "AZURE_CLIENT_ID"
        value = azurerm_user_assigned_identity.apps.client_id
      }

      dynamic "liveness_probe" {
        for_each = each.value.target_port == null ? [] : [each.value.target_port]
        content {
          transport               = "HTTP"
          port                    = liveness_probe.value
          path                    = "/healthz"
          initial_delay           = 5
          interval_seconds        = 10
          failure_count_threshold = 3
        }
      }

      dynamic "readiness_probe" {
        for_each = each.value.target_port == null ? [] : [each.value.target_port]
        content {
          transport = "HTTP"
          port      = readiness_probe.value
          path      = "/readyz"
        }
      }
    }

    dynamic "http_scale_rule" {
      for_each = each.value.target_port == null ? [] : [1]
      content {
        name                = "http-concurrency"
        concurrent_requests = tostring(each.value.http_scale_concurrency)
      }
    }

    dynamic "azure_queue_scale_rule" {
      for_each = each.value.queue_scale[*]
      iterator = q
      content {
        name         = "queue-${q.value.queue_name}"
        queue_name   = q.value.queue_name
        queue_length = q.value.queue_length

        authentication {
          secret_name       = q.value.secret_name
          trigger_parameter = "connection"
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [
      template[0].container[0].image, # deployed by CI
    ]
  }
}
