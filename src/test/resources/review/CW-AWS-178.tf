resource "aws_lb" "bad" { # expect: CW-AWS-178
  name               = "bad"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "good" {
  name               = "good"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
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
  resource_arn = aws_lb.good.arn
  web_acl_arn  = aws_wafv2_web_acl.good.arn
}

# Internal: not a public entry point.
resource "aws_lb" "good_internal" {
  name               = "good-internal"
  internal           = true
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}
