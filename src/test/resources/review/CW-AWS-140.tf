resource "aws_lambda_function" "bad" {
  function_name = "bad"
  role          = "arn:aws:iam::111122223333:role/app"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  environment {
    variables = { # expect: CW-AWS-140
      DB_HOST     = "db.internal"
      DB_PASSWORD = "correct-horse-battery"
    }
  }
}

variable "vendor_key" {
  type      = string
  sensitive = true
  default   = "AKIAIOSFODNN7EXAMPLE"
}

# A variable's default is written in the configuration too.
resource "aws_lambda_function" "bad_default" {
  function_name = "bad-default"
  role          = "arn:aws:iam::111122223333:role/app"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  environment {
    variables = { VENDOR_KEY = var.vendor_key } # expect: CW-AWS-140
  }
}

variable "api_token" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

# The ARN of a secret, and a token given at plan time, are not secrets written here.
resource "aws_lambda_function" "good" {
  function_name = "good"
  role          = "arn:aws:iam::111122223333:role/app"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  environment {
    variables = {
      DB_SECRET_ARN = aws_secretsmanager_secret.db.arn
      API_TOKEN     = var.api_token
      TOKEN_TTL     = "3600"
    }
  }
}
