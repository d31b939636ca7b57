resource "aws_apigatewayv2_api" "bad" {
  name          = "bad"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_route" "bad" {
  api_id             = aws_apigatewayv2_api.bad.id
  route_key          = "GET /orders"
  authorization_type = "NONE" # expect: CW-AWS-114
}

resource "aws_api_gateway_rest_api" "bad_rest" {
  name = "bad-rest"
}

resource "aws_api_gateway_method" "bad_rest" {
  rest_api_id   = aws_api_gateway_rest_api.bad_rest.id
  resource_id   = aws_api_gateway_rest_api.bad_rest.root_resource_id
  http_method   = "GET"
  authorization = "NONE" # expect: CW-AWS-114
}

resource "aws_apigatewayv2_api" "bad_default" {
  name          = "bad-default"
  protocol_type = "HTTP"
}

# authorization_type not set: NONE.
resource "aws_apigatewayv2_route" "bad_default" { # expect: CW-AWS-114
  api_id    = aws_apigatewayv2_api.bad_default.id
  route_key = "POST /orders"
}

resource "aws_apigatewayv2_api" "good" {
  name          = "good"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_authorizer" "jwt" {
  api_id          = aws_apigatewayv2_api.good.id
  authorizer_type = "JWT"
  name            = "jwt"
  identity_sources = ["$request.header.Authorization"]
  jwt_configuration {
    audience = ["orders"]
    issuer   = "https://issuer.example.com"
  }
}

resource "aws_apigatewayv2_route" "good" {
  api_id             = aws_apigatewayv2_api.good.id
  route_key          = "GET /orders"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.jwt.id
}

resource "aws_api_gateway_rest_api" "good_rest" {
  name = "good-rest"
}

# CORS preflight needs no authorization.
resource "aws_api_gateway_method" "good_options" {
  rest_api_id   = aws_api_gateway_rest_api.good_rest.id
  resource_id   = aws_api_gateway_rest_api.good_rest.root_resource_id
  http_method   = "OPTIONS"
  authorization = "NONE"
}

resource "aws_api_gateway_method" "good_get" {
  rest_api_id   = aws_api_gateway_rest_api.good_rest.id
  resource_id   = aws_api_gateway_rest_api.good_rest.root_resource_id
  http_method   = "GET"
  authorization = "AWS_IAM"
}
