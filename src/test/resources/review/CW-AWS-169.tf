resource "aws_apigatewayv2_api" "bad" { # expect: CW-AWS-169
  name          = "bad"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "bad" {
  api_id      = aws_apigatewayv2_api.bad.id
  name        = "$default"
  auto_deploy = true
}

resource "aws_apigatewayv2_api" "good" {
  name          = "good"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "good" {
  api_id      = aws_apigatewayv2_api.good.id
  name        = "$default"
  auto_deploy = true
  access_log_settings {
    destination_arn = "arn:aws:logs:us-east-1:123456789012:log-group:api"
    format          = jsonencode({ requestId = "$context.requestId", status = "$context.status" })
  }
}
