output "trail_arn" {
  value = aws_cloudtrail.this.arn
}

output "bucket_name" {
  value = aws_s3_bucket.trail.bucket
}

output "log_group_name" {
  value = aws_cloudwatch_log_group.trail.name
}

output "alarm_arns" {
  value = { for k, a in aws_cloudwatch_metric_alarm.security : k => a.arn }
}
