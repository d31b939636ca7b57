resource "aws_route53_record" "bad" { # expect: CW-SCHEMA-004
  zone_id = "Z0123456789ABCDEFGHIJ"
  type    = "A"
  ttl     = 60
  records = ["192.0.2.10"]
}

resource "aws_route53_record" "good" {
  zone_id = "Z0123456789ABCDEFGHIJ"
  name    = "api.example.com"
  type    = "A"
  ttl     = 60
  records = ["192.0.2.10"]
}
