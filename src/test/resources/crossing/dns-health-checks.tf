resource "aws_route53_zone" "public" {
  name = "example.com"
}
resource "aws_route53_health_check" "primary" {
  fqdn              = "primary.example.com"
  type              = "HTTPS"
  port              = 443
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}
resource "aws_route53_health_check" "standby" {
  fqdn          = "standby.example.com"
  type          = "HTTPS"
  port          = 443
  resource_path = "/health"
}
resource "aws_route53_record" "api" {
  zone_id         = aws_route53_zone.public.zone_id
  name            = "api.example.com"
  type            = "CNAME"
  ttl             = 60
  records         = ["primary.example.com"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}
