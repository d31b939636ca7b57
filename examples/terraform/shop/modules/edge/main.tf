locals {
  # AWS-managed CloudFront policies (fixed IDs, the same in every account).
  cache_policy_caching_optimized     = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  cache_policy_caching_disabled      = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
  origin_request_all_viewer_but_host = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
  response_headers_security          = "67f7725c-6f97-4210-82d7-5512b31e9d03"

  assets_origin_id = "s3-${var.assets_bucket_name}"

  # "/api/*" => { service = "api", path = "/api/*" }, ...
  routed_paths = {
    for route in flatten([
      for service, paths in var.service_paths : [
        for path in paths : { service = service, path = path }
      ]
    ]) : route.path => route
  }
}

# origin-web.brightcart.example.com -> web ALB, and so on: CloudFront connects
# over HTTPS to names that the ALB certificate covers.
resource "aws_route53_record" "origin" {
  for_each = var.origin_hostnames

  zone_id = var.hosted_zone_id
  name    = each.value
  type    = "A"

  alias {
    name                   = var.load_balancers[each.key].dns_name
    zone_id                = var.load_balancers[each.key].zone_id
    evaluate_target_health = true
  }
}

resource "aws_cloudfront_origin_access_control" "assets" {
  name                              = "${var.name_prefix}-assets"
  description                       = "CloudFront access to ${var.assets_bucket_name}"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_distribution" "this" {
  enabled         = true
  is_ipv6_enabled = true
  http_version    = "http2and3"
  comment         = "${var.name_prefix} storefront"
  aliases         = var.aliases
  price_class     = var.price_class
  web_acl_id      = aws_wafv2_web_acl.cloudfront.arn

  # One custom origin per service load balancer.
  dynamic "origin" {
    for_each = var.origin_hostnames
    content {
      origin_id   = "alb-${origin.key}"
      domain_name = origin.value

      custom_origin_config {
        http_port                = 80
        https_port               = 443
        origin_protocol_policy   = "https-only"
        origin_ssl_protocols     = ["TLSv1.2"]
        origin_read_timeout      = 30
        origin_keepalive_timeout = 5
      }
    }
  }

  origin {
    origin_id                = local.assets_origin_id
    domain_name              = var.assets_bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.assets.id
  }

  # Storefront pages: dynamic, never cached at the edge.
  default_cache_behavior {
    target_origin_id           = "alb-${var.default_origin}"
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = local.cache_policy_caching_disabled
    origin_request_policy_id   = local.origin_request_all_viewer_but_host
    response_headers_policy_id = local.response_headers_security
  }

  # Static assets straight from S3, cached for a long time.
  ordered_cache_behavior {
    path_pattern               = var.assets_path
    target_origin_id           = local.assets_origin_id
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD", "OPTIONS"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = local.cache_policy_caching_optimized
    response_headers_policy_id = local.response_headers_security
  }

  # API and other service paths.
  dynamic "ordered_cache_behavior" {
    for_each = local.routed_paths
    content {
      path_pattern               = ordered_cache_behavior.value.path
      target_origin_id           = "alb-${ordered_cache_behavior.value.service}"
      viewer_protocol_policy     = "https-only"
      allowed_methods            = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
      cached_methods             = ["GET", "HEAD"]
      compress                   = true
      cache_policy_id            = local.cache_policy_caching_disabled
      origin_request_policy_id   = local.origin_request_all_viewer_but_host
      response_headers_policy_id = local.response_headers_security
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = var.certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }

  tags = {
    Name = "${var.name_prefix}-storefront"
  }

  depends_on = [aws_route53_record.origin]
}

# ---------------------------------------------------------------- public records

resource "aws_route53_record" "site_ipv4" {
  for_each = toset(var.aliases)

  zone_id = var.hosted_zone_id
  name    = each.value
  type    = "A"

  alias {
    name                   = aws_cloudfront_distribution.this.domain_name
    zone_id                = aws_cloudfront_distribution.this.hosted_zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "site_ipv6" {
  for_each = toset(var.aliases)

  zone_id = var.hosted_zone_id
  name    = each.value
  type    = "AAAA"

  alias {
    name                   = aws_cloudfront_distribution.this.domain_name
    zone_id                = aws_cloudfront_distribution.this.hosted_zone_id
    evaluate_target_health = false
  }
}
