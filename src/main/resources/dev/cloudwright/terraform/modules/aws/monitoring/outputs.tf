output "alarm_topic_arn" {
  description = "ARN of the encrypted SNS topic the alarms notify (OK and ALARM transitions)."
  value       = aws_sns_topic.alarms.arn
}

output "dashboard_name" {
  description = "Name of the CloudWatch dashboard."
  value       = aws_cloudwatch_dashboard.this.dashboard_name
}
