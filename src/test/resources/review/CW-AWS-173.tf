resource "aws_route53_zone" "bad" { # expect: CW-AWS-173
  name = "bad.example.com"
}

resource "aws_route53_zone" "good" {
  name = "good.example.com"
}

resource "aws_route53_query_log" "good" {
  zone_id                  = aws_route53_zone.good.zone_id
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/good.example.com"
}

# A private zone: its queries are logged by the Resolver, not by a hosted zone query log.
resource "aws_route53_zone" "good_private" {
  name = "internal.example.com"
  vpc {
    vpc_id = "vpc-123"
  }
}
