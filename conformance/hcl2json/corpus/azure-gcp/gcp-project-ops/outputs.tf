output "enabled_services" {
  value = sort([for s in google_project_service.this : s.service])
}

output "sink_writer_identities" {
  description = "Grant these identities write access on the sink destinations."
  value       = { for k, s in google_logging_project_sink.this : k => s.writer_identity }
}

output "notification_channel_ids" {
  value = local.channels
}

output "alert_policy_names" {
  value = concat(
    [for p in google_monitoring_alert_policy.uptime : p.name],
    google_monitoring_alert_policy.cloudsql[*].name,
    [google_monitoring_alert_policy.error_logs.name],
  )
}
