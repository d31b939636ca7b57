resource "aws_cloudwatch_log_group" "bad" { # expect: CW-AWS-042
  name = "bad"
}
