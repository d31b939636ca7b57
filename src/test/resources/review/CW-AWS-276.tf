resource "aws_lambda_function" "bad_default" { # expect: CW-AWS-276
  function_name = "bad-default"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_lambda_function" "bad" {
  function_name = "bad"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  memory_size   = 128 # expect: CW-AWS-276
}

variable "memory_mb" {
  type    = number
  default = 1024
}

resource "aws_lambda_function" "good" {
  function_name = "good"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  memory_size   = var.memory_mb
}
