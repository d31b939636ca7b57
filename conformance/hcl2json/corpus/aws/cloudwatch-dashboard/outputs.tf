output "dashboard_arn" {
  value = aws_cloudwatch_dashboard.this.dashboard_arn
}

output "dashboard_url" {
  value = "https://${var.region}.console.aws.amazon.com/cloudwatch/home?region=${var.region}#dashboards:name=${aws_cloudwatch_dashboard.this.dashboard_name}"
}

output "widget_count" {
  value = length(local.dashboard_body.widgets)
}

output "alarm_names" {
  value = concat(
    [aws_cloudwatch_metric_alarm.alb_5xx_rate.alarm_name, aws_cloudwatch_metric_alarm.alb_latency.alarm_name],
    values(aws_cloudwatch_metric_alarm.ecs_cpu)[*].alarm_name,
    aws_cloudwatch_metric_alarm.sqs_age[*].alarm_name,
  )
}
