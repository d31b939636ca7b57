resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}
resource "aws_apigatewayv2_integration" "default" {
  api_id           = aws_apigatewayv2_api.chat.id
  integration_type = "AWS_PROXY"
  integration_uri  = "arn:aws:lambda:us-east-1:123456789012:function:chat"
}
resource "aws_apigatewayv2_route" "default" {
  api_id    = aws_apigatewayv2_api.chat.id
  route_key = "$default"
  target    = "integrations/${aws_apigatewayv2_integration.default.id}"
}
resource "aws_apigatewayv2_stage" "live" {
  api_id      = aws_apigatewayv2_api.chat.id
  name        = "live"
  auto_deploy = true
}
