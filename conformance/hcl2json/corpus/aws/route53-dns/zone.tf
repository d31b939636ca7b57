resource "aws_route53_zone" "this" {
  name          = var.zone_name
  comment       = "Managed by Terraform"
  force_destroy = false

  dynamic "vpc" {
    for_each = var.private_zone_vpc_ids
    content {
      vpc_id     = vpc.value
      vpc_region = vpc.key
    }
  }

  tags = var.tags

  lifecycle {
    ignore_changes = [vpc] # associations may be added from other stacks
  }
}

resource "aws_route53_record" "caa" {
  count   = length(var.private_zone_vpc_ids) == 0 ? 1 : 0
  zone_id = aws_route53_zone.this.zone_id
  name    = var.zone_name
  type    = "CAA"
  ttl     = 3600
  records = [
    "0 issue \"amazon.com\"",
    "0 issuewild \"amazon.com\"",
    "0 iodef \"mailto:security@${var.zone_name}\"",
  ]
}

resource "aws_route53_record" "txt_spf" {
  zone_id = aws_route53_zone.this.zone_id
  name    = var.zone_name
  type    = "TXT"
  ttl     = 300
  records = ["v=spf1 include:amazonses.com -all"]
}
