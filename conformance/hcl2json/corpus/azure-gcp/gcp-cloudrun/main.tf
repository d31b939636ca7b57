resource "google_service_account" "run" {
  project      = var.project_id
  account_id   = local.sa_id
  display_name = "Cloud Run runtime: ${var.service_name}"
}

resource "google_secret_manager_secret_iam_member" "accessor" {
  for_each = local.referenced_secrets

  project   = var.project_id
  secret_id = each.value
  role      = "roles/secretmanager.secretAccessor"
  member    = google_service_account.run.member
}

resource "google_cloud_run_v2_service" "this" {
  project  = var.project_id
  name     = var.service_name
  location = var.region
  ingress  = var.ingress

  deletion_protection = false
  launch_stage        = "GA"

  template {
    service_account                  = google_service_account.run.email
    execution_environment            = "EXECUTION_ENVIRONMENT_GEN2"
    timeout                          = "300s"
    max_instance_request_concurrency = 80

    labels = {
      service = var.service_name
    }

    scaling {
      min_instance_count = var.scaling.min
      max_instance_count = var.scaling.max
    }

    dynamic "vpc_access" {
      for_each = var.vpc_access[*]
      content {
        egress = vpc_access.value.egress

        network_interfaces {
          network    = vpc_access.value.network
          subnetwork = vpc_access.value.subnetwork
          tags       = vpc_access.value.tags
        }
      }
    }

    containers {
      name  = "app"
      image = var.image

      ports {
        name           = "http1"
        container_port = 8080
      }

      resources {
        limits = {
          cpu    = var.resources.cpu
          memory = var.resources.memory
        }
        cpu_idle          = var.resources.cpu_idle
        startup_cpu_boost = var.resources.startup_cpu_boost
      }

      dynamic "env" {
        for_each = local.env
        content {
          name  = env.key
          value = env.value
        }
      }

      dynamic "env" {
        for_each = var.secret_env
        content {
          name = env.key
          value_source {
            secret_key_ref {
              secret  = env.value.secret
              version = env.value.version
            }
          }
        }
      }

      dynamic "volume_mounts" {
        for_each = var.secret_volumes
        content {
          name       = volume_mounts.key
          mount_path = volume_mounts.value.mount_path
        }
      }

      dynamic "volume_mounts" {
        for_each = length(var.cloudsql_instances) > 0 ? [1] : []
        content {
          name       = "cloudsql"
          mount_path = "/cloudsql"
        }
      }

      startup_probe {
        initial_delay_seconds = 0
        timeout_seconds       = 2
        period_seconds        = 3
        failure_threshold     = 20

        http_get {
          path = "/readyz"
          port = 8080
        }
      }

      liveness_probe {
        period_seconds = 15
        http_get {
          path = "/healthz"

          http_headers {
            name  = "X-Probe"
            value = "liveness"
          }
        }
      }
    }

    # Sidecars
    dynamic "containers" {
      for_each = var.containers
      iterator = sidecar
      content {
        name  = sidecar.value.name
        image = sidecar.value.image
        args  = sidecar.value.args

        dynamic "ports" {
          for_each = sidecar.value.port == null ? [] : [sidecar.value.port]
          content {
            container_port = ports.value
          }
        }
      }
    }

    # Secret volumes, with optional per-version items.
    dynamic "volumes" {
      for_each = var.secret_volumes
      content {
        name = volumes.key

        secret {
          secret       = volumes.value.secret
          default_mode = 292 # 0444

          dynamic "items" {
            for_each = volumes.value.items
            content {
              version = items.value.version
              path    = items.value.path
              mode    = items.value.mode
            }
          }
        }
      }
    }

    dynamic "volumes" {
      for_each = length(var.cloudsql_instances) > 0 ? [var.cloudsql_instances] : []
      content {
        name = "cloudsql"
        cloud_sql_instance {
          instances = volumes.value
        }
      }
    }
  }

  traffic {
    type    = "TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST"
    percent = 100
  }

  lifecycle {
    ignore_changes = [
      client,
      client_version,
      template[0].containers[0].image,
    ]
  }

  depends_on = [google_secret_manager_secret_iam_member.accessor]
}

resource "google_cloud_run_v2_service_iam_member" "invoker" {
  for_each = toset(var.invokers)

  project  = var.project_id
  location = var.region
  name     = google_cloud_run_v2_service.this.name
  role     = "roles/run.invoker"
  member   = each.value
}
