resource "aws_cloudwatch_log_group" "api" {
  name              = "/app/api"
  retention_in_days = 30
}
resource "aws_cloudwatch_metric_alarm" "errors" {
  count               = 2
  alarm_name          = "errors-${count.index}"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 1
  evaluation_periods  = 1
  period              = 60
  statistic           = "Sum"
}
resource "aws_cloudwatch_dashboard" "ops" {
  dashboard_name = "ops"
  dashboard_body = jsonencode({ widgets = [] })
}
