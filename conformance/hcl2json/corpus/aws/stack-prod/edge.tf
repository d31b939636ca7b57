module "waf" {
  source = "../wafv2-web-acl"
  count  = var.feature_flags.waf ? 1 : 0

  name          = "${local.name}-regional"
  scope         = "REGIONAL"
  resource_arns = [module.alb.lb_arn]

  blocked_countries = lookup(local.app_config, "blocked_countries", [])
}

module "waf_cloudfront" {
  source = "../wafv2-web-acl"
  count  = var.feature_flags.waf && var.feature_flags.cloudfront ? 1 : 0

  providers = {
    aws = aws.us_east_1
  }

  name  = "${local.name}-edge"
  scope = "CLOUDFRONT"
}

module "dns" {
  source = "../route53-dns"

  providers = {
    aws = aws.dns
  }

  zone_name = "${var.environment}.${var.domain}"

  alias_records = {
    "app" = {
      target_dns_name = module.alb.lb_dns_name
      target_zone_id  = module.alb.lb_zone_id
    }
  }

  simple_records = {
    "_dmarc" = {
      type    = "TXT"
      records = ["v=DMARC1; p=reject; rua=mailto:dmarc@${var.domain}"]
    }
  }
}

resource "aws_route53_record" "delegation" {
  provider = aws.dns

  zone_id = data.aws_route53_zone.root.zone_id
  name    = "${var.environment}.${var.domain}"
  type    = "NS"
  ttl     = 172800
  records = module.dns.name_servers
}
