resource "aws_lambda_function" "checkout" {
  function_name = "checkout"
  role          = "arn:aws:iam::123456789012:role/checkout"
  runtime       = "java21"
  handler       = "example.Handler"
  filename      = "checkout.zip"
  memory_size   = 2048
  architectures = ["arm64"]
}
resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.checkout.function_name
  function_version = "1"
}
resource "aws_lambda_provisioned_concurrency_config" "live" {
  function_name                     = aws_lambda_function.checkout.function_name
  qualifier                         = aws_lambda_alias.live.name
  provisioned_concurrent_executions = 5
}
