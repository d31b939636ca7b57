resource "aws_lambda_function" "bad" { # expect: CW-AWS-204
  function_name = "bad"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_lambda_function" "good" {
  function_name = "good"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  dead_letter_config {
    target_arn = "arn:aws:sqs:us-east-1:123456789012:failed"
  }
}

resource "aws_lambda_function" "good_destination" {
  function_name = "good-destination"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_lambda_function_event_invoke_config" "good_destination" {
  function_name = aws_lambda_function.good_destination.function_name
  destination_config {
    on_failure {
      destination = "arn:aws:sqs:us-east-1:123456789012:failed"
    }
  }
}
