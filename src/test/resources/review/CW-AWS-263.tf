locals {
  tags = { Environment = "staging" }
}

resource "aws_lambda_function" "bad" {
  function_name = "bad"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  publish       = true
  tags          = local.tags
}

resource "aws_lambda_provisioned_concurrency_config" "bad" { # expect: CW-AWS-263
  function_name                     = aws_lambda_function.bad.function_name
  qualifier                         = aws_lambda_function.bad.version
  provisioned_concurrent_executions = 5
}

resource "aws_lambda_function" "good" {
  function_name = "good"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  tags          = local.tags
}
