resource "google_project_service" "this" {
  for_each = toset(var.activate_apis)

  project                    = var.project_id
  service                    = each.value
  disable_on_destroy         = false
  disable_dependent_services = false

  timeouts {
    create = "30m"
    update = "40m"
  }
}

# -----------------------------------------------------------------------------
# Logging
# -----------------------------------------------------------------------------

resource "google_logging_project_bucket_config" "audit" {
  project          = var.project_id
  location         = "global"
  bucket_id        = "audit-logs"
  retention_days   = 400
  enable_analytics = true
  locked           = false
  description      = "Long-term retention for audit logs"
}

locals {
  sink_destinations = {
    bucket   = "logging.googleapis.com/projects/${var.project_id}/locations/global/buckets/"
    bigquery = "bigquery.googleapis.com/projects/${var.project_id}/datasets/"
    pubsub   = "pubsub.googleapis.com/projects/${var.project_id}/topics/"
    storage  = "storage.googleapis.com/"
  }

  default_sinks = {
    audit = {
      destination_type       = "bucket"
      destination            = google_logging_project_bucket_config.audit.bucket_id
      filter                 = <<-EOT
        logName:"cloudaudit.googleapis.com"
        AND NOT protoPayload.methodName:"storage.objects.get"
      EOT
      exclusions             = {}
      use_partitioned_tables = false
    }
  }

  sinks = merge(local.default_sinks, var.log_sinks)
}

resource "google_logging_project_sink" "this" {
  for_each = local.sinks

  project                = var.project_id
  name                   = "sink-${each.key}"
  destination            = "${local.sink_destinations[each.value.destination_type]}${each.value.destination}"
  filter                 = trimspace(each.value.filter)
  unique_writer_identity = true

  dynamic "bigquery_options" {
    for_each = each.value.destination_type == "bigquery" ? [each.value.use_partitioned_tables] : []
    content {
      use_partitioned_tables = bigquery_options.value
    }
  }

  dynamic "exclusions" {
    for_each = each.value.exclusions
    content {
      name        = exclusions.key
      filter      = exclusions.value.filter
      description = exclusions.value.description
      disabled    = false
    }
  }
}

resource "google_logging_project_exclusion" "noisy_health_checks" {
  project     = var.project_id
  name        = "exclude-lb-health-checks"
  description = "Drop load balancer health check request logs"
  filter      = "resource.type=\"http_load_balancer\" AND httpRequest.userAgent=\"GoogleHC/1.0\""
}

resource "google_logging_metric" "error_count" {
  project = var.project_id
  name    = "app/error_count"
  filter  = "severity>=ERROR AND resource.type=\"cloud_run_revision\""

  metric_descriptor {
    metric_kind  = "DELTA"
    value_type   = "INT64"
    unit         = "1"
    display_name = "Application errors"

    labels {
      key         = "service"
      value_type  = "STRING"
      description = "Cloud Run service name"
    }
  }

  label_extractors = {
    "service" = "EXTRACT(resource.labels.service_name)"
  }
}
