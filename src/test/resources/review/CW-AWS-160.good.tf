resource "aws_kms_key" "logs" {
  description         = "logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "good" {
  for_each          = toset(["app", "audit"])
  name              = each.key
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}
