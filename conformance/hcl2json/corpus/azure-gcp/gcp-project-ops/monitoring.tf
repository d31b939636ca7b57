resource "google_monitoring_notification_channel" "email" {
  for_each = var.notification_emails

  project      = var.project_id
  display_name = "Email: ${each.key}"
  type         = "email"

  labels = {
    email_address = each.value
  }
}

resource "google_monitoring_notification_channel" "slack" {
  count = var.slack == null ? 0 : 1

  project      = var.project_id
  display_name = "Slack ${var.slack.channel_name}"
  type         = "slack"

  labels = {
    channel_name = var.slack.channel_name
  }

  sensitive_labels {
    auth_token = var.slack.auth_token
  }
}

locals {
  channels = concat(
    values(google_monitoring_notification_channel.email)[*].id,
    google_monitoring_notification_channel.slack[*].id,
  )

  doc_template = <<-EOT
    ## $${policy.display_name}

    Project: `${var.project_id}`

    %{ if length(var.notification_emails) > 0 ~}
    On-call: ${join(", ", keys(var.notification_emails))}
    %{ else ~}
    No on-call rotation configured.
    %{ endif ~}

    Runbook: https://runbooks.example.com/gcp/$${condition.display_name}
  EOT
}

resource "google_monitoring_uptime_check_config" "this" {
  for_each = var.uptime_checks

  project      = var.project_id
  display_name = "Uptime ${each.key}"
  timeout      = "10s"
  period       = each.value.period

  selected_regions = ["EUROPE", "USA_VIRGINIA", "ASIA_PACIFIC"]

  http_check {
    path           = each.value.path
    port           = 443
    use_ssl        = true
    validate_ssl   = true
    request_method = "GET"

    accepted_response_status_codes {
      status_class = "STATUS_CLASS_2XX"
    }
  }

  monitored_resource {
    type = "uptime_url"
    labels = {
      project_id = var.project_id
      host       = each.value.host
    }
  }

  dynamic "content_matchers" {
    for_each = each.value.content != null ? [each.value.content] : []
    content {
      content = content_matchers.value
      matcher = "CONTAINS_STRING"
    }
  }
}

resource "google_monitoring_alert_policy" "uptime" {
  for_each = var.uptime_checks

  project      = var.project_id
  display_name = "Uptime failure: ${each.key}"
  combiner     = "OR"
  severity     = "CRITICAL"

  conditions {
    display_name = "uptime-${each.key}"

    condition_threshold {
      filter          = "metric.type=\"monitoring.googleapis.com/uptime_check/check_passed\" AND metric.label.check_id=\"${google_monitoring_uptime_check_config.this[each.key].uptime_check_id}\" AND resource.type=\"uptime_url\""
      duration        = "120s"
      comparison      = "COMPARISON_GT"
      threshold_value = 1

      aggregations {
        alignment_period     = "1200s"
        per_series_aligner   = "ALIGN_NEXT_OLDER"
        cross_series_reducer = "REDUCE_COUNT_FALSE"
        group_by_fields      = ["resource.label.*"]
      }

      trigger {
        count = 1
      }
    }
  }

  notification_channels = local.channels

  documentation {
    content   = local.doc_template
    mime_type = "text/markdown"
  }
}

resource "google_monitoring_alert_policy" "cloudsql" {
  count = length(var.cloudsql_instance_ids) > 0 ? 1 : 0

  project      = var.project_id
  display_name = "Cloud SQL health"
  combiner     = "OR"

  conditions {
    display_name = "CPU > 85%"
    condition_threshold {
      filter          = "resource.type = \"cloudsql_database\" AND metric.type = \"cloudsql.googleapis.com/database/cpu/utilization\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0.85
      duration        = "600s"

      aggregations {
        alignment_period   = "60s"
        per_series_aligner = "ALIGN_MEAN"
      }
    }
  }

  conditions {
    display_name = "Disk > 90%"
    condition_threshold {
      filter          = "resource.type = \"cloudsql_database\" AND metric.type = \"cloudsql.googleapis.com/database/disk/utilization\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0.9
      duration        = "300s"

      aggregations {
        alignment_period   = "300s"
        per_series_aligner = "ALIGN_MAX"
      }
    }
  }

  conditions {
    display_name = "Replication lag (MQL)"
    condition_monitoring_query_language {
      duration = "300s"
      query    = <<-MQL
        fetch cloudsql_database
        | metric 'cloudsql.googleapis.com/database/replication/replica_lag'
        | group_by 5m, [value_replica_lag_max: max(value.replica_lag)]
        | every 5m
        | condition val() > 60 's'
      MQL
    }
  }

  alert_strategy {
    auto_close = "1800s"

    notification_rate_limit {
      period = "3600s"
    }
  }

  notification_channels = local.channels

  user_labels = {
    component = "cloudsql"
  }
}

resource "google_monitoring_alert_policy" "error_logs" {
  project      = var.project_id
  display_name = "Application error spike"
  combiner     = "OR"

  conditions {
    display_name = "Error rate"
    condition_threshold {
      filter          = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.error_count.name}\" AND resource.type=\"cloud_run_revision\""
      comparison      = "COMPARISON_GT"
      threshold_value = 50
      duration        = "0s"

      aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
        group_by_fields      = ["metric.label.service"]
      }
    }
  }

  notification_channels = local.channels
}

resource "google_monitoring_dashboard" "overview" {
  project = var.project_id
  dashboard_json = jsonencode({
    displayName = "Platform overview"
    mosaicLayout = {
      columns = 12
      tiles = concat(
        [
          {
            xPos   = 0
            yPos   = 0
            width  = 6
            height = 4
            widget = {
              title = "Application errors"
              xyChart = {
                dataSets = [{
                  plotType = "STACKED_BAR"
                  timeSeriesQuery = {
                    timeSeriesFilter = {
                      filter = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.error_count.name}\""
                      aggregation = {
                        alignmentPeriod    = "60s"
                        perSeriesAligner   = "ALIGN_RATE"
                        crossSeriesReducer = "REDUCE_SUM"
                        groupByFields      = ["metric.label.service"]
                      }
                    }
                  }
                }]
                yAxis = { label = "errors/s", scale = "LINEAR" }
              }
            }
          },
        ],
        [
          for i, name in keys(var.uptime_checks) : {
            xPos   = (i % 2) * 6
            yPos   = 4 + floor(i / 2) * 4
            width  = 6
            height = 4
            widget = {
              title = "Uptime ${name}"
              scorecard = {
                timeSeriesQuery = {
                  timeSeriesFilter = {
                    filter = "metric.type=\"monitoring.googleapis.com/uptime_check/check_passed\" resource.label.host=\"${var.uptime_checks[name].host}\""
                    aggregation = {
                      alignmentPeriod  = "300s"
                      perSeriesAligner = "ALIGN_FRACTION_TRUE"
                    }
                  }
                }
                sparkChartView = { sparkChartType = "SPARK_LINE" }
              }
            }
          }
        ],
      )
    }
  })
}
