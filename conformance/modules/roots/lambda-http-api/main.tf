# An HTTP API in front of a function from the lambda module: the function's package is in S3, its
# permissions come from a map of statements, the API's stage logs to a log group it creates itself.

provider "aws" {
  region = "eu-west-1"
}

locals {
  name = "quotes-api"
}

module "table" {
  source = "../../modules/dynamodb-table"

  name     = local.name
  hash_key = "pk"
  attributes = [
    { name = "pk", type = "S" },
  ]
}

module "function" {
  source = "../../modules/lambda"

  function_name = local.name
  description   = "Quotes HTTP API"
  handler       = "app.handler"
  runtime       = "python3.13"
  architectures = ["arm64"]
  memory_size   = 512
  timeout       = 10
  tracing_mode  = "Active"

  s3_existing_package = {
    bucket = "example-artifacts"
    key    = "quotes-api/1.8.0.zip"
  }

  environment_variables = {
    TABLE_NAME = module.table.dynamodb_table_id
  }

  policy_statements = {
    ReadQuotes = {
      actions   = ["dynamodb:GetItem", "dynamodb:Query"]
      resources = [module.table.dynamodb_table_arn]
    }
  }

  allowed_triggers = {
    APIGateway = {
      service    = "apigateway"
      source_arn = "${aws_apigatewayv2_api.this.execution_arn}/*/*"
    }
  }

  cloudwatch_logs_retention_in_days = 30
}

resource "aws_apigatewayv2_api" "this" {
  name          = local.name
  protocol_type = "HTTP"

  cors_configuration {
    allow_origins = ["https://www.example.com"]
    allow_methods = ["GET"]
  }
}

resource "aws_apigatewayv2_integration" "function" {
  api_id                 = aws_apigatewayv2_api.this.id
  integration_type       = "AWS_PROXY"
  integration_uri        = module.function.lambda_function_invoke_arn
  payload_format_version = "2.0"
}

resource "aws_apigatewayv2_route" "this" {
  for_each = toset(["GET /quotes", "GET /quotes/{id}"])

  api_id    = aws_apigatewayv2_api.this.id
  route_key = each.value
  target    = "integrations/${aws_apigatewayv2_integration.function.id}"
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/apigateway/${local.name}"
  retention_in_days = 30
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.this.id
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format = jsonencode({
      requestId = "$context.requestId"
      status    = "$context.status"
      latency   = "$context.integrationLatency"
    })
  }

  default_route_settings {
    throttling_burst_limit = 100
    throttling_rate_limit  = 50
  }
}

output "api_endpoint" {
  value = aws_apigatewayv2_api.this.api_endpoint
}
