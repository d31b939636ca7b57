resource "aws_api_gateway_rest_api" "bad" { # expect: CW-AWS-180
  name = "bad"
}

resource "aws_api_gateway_stage" "bad" {
  rest_api_id   = aws_api_gateway_rest_api.bad.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_api_gateway_rest_api" "good" {
  name = "good"
}

resource "aws_api_gateway_stage" "good" {
  rest_api_id   = aws_api_gateway_rest_api.good.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_wafv2_web_acl" "good" {
  name  = "good"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "good"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "good" {
  resource_arn = aws_api_gateway_stage.good.arn
  web_acl_arn  = aws_wafv2_web_acl.good.arn
}
