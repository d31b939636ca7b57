# A static site: a private bucket read by CloudFront through origin access control, a certificate in
# us-east-1 (CloudFront's region) through the provider alias us_east_1, and DNS records for the aliases.

provider "aws" {
  region = "eu-central-1"
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

locals {
  domain  = var.domain_name
  aliases = ["www.${var.domain_name}", var.domain_name]
}

data "aws_route53_zone" "this" {
  name = local.domain
}

resource "aws_acm_certificate" "site" {
  provider = aws.us_east_1

  domain_name               = local.domain
  subject_alternative_names = ["www.${local.domain}"]
  validation_method         = "DNS"
}

resource "aws_route53_record" "validation" {
  for_each = {
    for o in aws_acm_certificate.site.domain_validation_options : o.domain_name => {
      name   = o.resource_record_name
      record = o.resource_record_value
      type   = o.resource_record_type
    }
  }

  allow_overwrite = true
  zone_id         = data.aws_route53_zone.this.zone_id
  name            = each.value.name
  type            = each.value.type
  records         = [each.value.record]
  ttl             = 300
}

resource "aws_acm_certificate_validation" "site" {
  provider = aws.us_east_1

  certificate_arn         = aws_acm_certificate.site.arn
  validation_record_fqdns = [for r in aws_route53_record.validation : r.fqdn]
}

module "site_bucket" {
  source = "../../modules/s3-bucket"

  bucket                       = replace(local.domain, ".", "-")
  cloudfront_distribution_arns = [module.cdn.cloudfront_distribution_arn]
}

module "cdn" {
  source = "../../modules/cloudfront"

  comment             = local.domain
  aliases             = local.aliases
  default_root_object = "index.html"
  acm_certificate_arn = aws_acm_certificate_validation.site.certificate_arn

  origin_access_controls = {
    site = { description = "Bucket of ${local.domain}" }
  }

  origin = {
    bucket = {
      domain_name           = module.site_bucket.s3_bucket_regional_domain_name
      origin_access_control = "site"
    }
  }

  default_cache_behavior = {
    target_origin_id = "bucket"
  }

  custom_error_response = [
    { error_code = 404, response_code = 200, response_page_path = "/index.html" },
  ]
}

resource "aws_route53_record" "site" {
  for_each = toset(local.aliases)

  zone_id = data.aws_route53_zone.this.zone_id
  name    = each.value
  type    = "A"

  alias {
    name                   = module.cdn.cloudfront_distribution_domain_name
    zone_id                = module.cdn.cloudfront_distribution_hosted_zone_id
    evaluate_target_health = false
  }
}

variable "domain_name" {
  type    = string
  default = "docs.example.org"
}
