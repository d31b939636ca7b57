resource "aws_cloudwatch_log_group" "good" {
  name              = "good"
  retention_in_days = 365
}
