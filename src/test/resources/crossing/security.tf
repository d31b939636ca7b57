resource "aws_kms_key" "k" { enable_key_rotation = true }
resource "aws_secretsmanager_secret" "api" {
  name       = "api"
  kms_key_id = aws_kms_key.k.arn
}
resource "aws_cloudwatch_log_group" "app" {
  name              = "app"
  retention_in_days = 30
}
resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "5XXError"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = 10
}
