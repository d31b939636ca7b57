resource "aws_cloudwatch_log_group" "bad" { # expect: CW-AWS-160
  name              = "bad"
  retention_in_days = 365
}
