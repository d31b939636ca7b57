resource "aws_sfn_state_machine" "bad" {
  name       = "bad"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
  tracing_configuration {
    enabled = false # expect: CW-AWS-208
  }
}

resource "aws_sfn_state_machine" "good" {
  name       = "good"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
  tracing_configuration {
    enabled = true
  }
}
