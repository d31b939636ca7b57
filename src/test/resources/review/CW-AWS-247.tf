resource "aws_lambda_function" "bad" {
  function_name                  = "bad"
  role                           = "arn:aws:iam::123456789012:role/fn"
  runtime                        = "python3.12"
  handler                        = "app.handler"
  filename                       = "app.zip"
  reserved_concurrent_executions = 0 # expect: CW-AWS-247
}

resource "aws_lambda_function" "good" {
  function_name                  = "good"
  role                           = "arn:aws:iam::123456789012:role/fn"
  runtime                        = "python3.12"
  handler                        = "app.handler"
  filename                       = "app.zip"
  reserved_concurrent_executions = 10
}

resource "aws_lambda_function" "good_unreserved" {
  function_name = "good-unreserved"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}
