resource "aws_lambda_function" "bad" {
  function_name = "bad"
  role          = "arn:aws:iam::111122223333:role/bad"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_lambda_function_url" "bad" {
  function_name      = aws_lambda_function.bad.function_name
  authorization_type = "NONE" # expect: CW-AWS-102
}

variable "url_auth" {
  type    = string
  default = "AWS_IAM"
}

resource "aws_lambda_function" "good" {
  function_name = "good"
  role          = "arn:aws:iam::111122223333:role/good"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_lambda_function_url" "good" {
  function_name      = aws_lambda_function.good.function_name
  authorization_type = var.url_auth
}
