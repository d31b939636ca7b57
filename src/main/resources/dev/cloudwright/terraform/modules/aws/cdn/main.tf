locals {
  # AWS managed policies, referenced by their fixed ids:
  # https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html
  cache_policy_caching_optimized = "658327ea-f89d-4fab-a63d-7e88639e58f6" # CachingOptimized
  cache_policy_caching_disabled  = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad" # CachingDisabled
  # https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html
  origin_request_policy_all_viewer_except_host = "b689b0a8-53d0-40ab-baf2-68738e2966ac" # AllViewerExceptHostHeader
  # https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-response-headers-policies.html
  response_headers_policy_security_headers = "67f7725c-6f97-4210-82d7-5512b31e9d03" # SecurityHeadersPolicy (HSTS, nosniff, frame options, referrer policy)

  s3_origin_id        = "s3-static"
  primary_origin_id   = "lb-primary"
  secondary_origin_id = "lb-secondary"
  group_origin_id     = "lb-failover"

  failover = var.secondary_origin_domain != null

  lb_origins = merge(
    { (local.primary_origin_id) = var.primary_origin_domain },
    local.failover ? { (local.secondary_origin_id) = var.secondary_origin_domain } : {},
  )

  # CloudFront rejects POST, PUT, PATCH and DELETE on a behaviour that targets an origin group (and
  # only fails over GET, HEAD and OPTIONS anyway).
  all_methods  = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
  read_methods = ["GET", "HEAD", "OPTIONS"]
}

resource "aws_cloudfront_origin_access_control" "s3" {
  name                              = "${var.name}-s3"
  description                       = "Signed (SigV4) requests from distribution ${var.name} to its static content bucket"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_distribution" "this" {
  enabled         = true
  comment         = "${var.name} (${var.component_id})"
  aliases         = var.aliases
  price_class     = var.price_class
  http_version    = "http2and3"
  is_ipv6_enabled = true
  web_acl_id      = var.web_acl_arn

  origin {
    origin_id                = local.s3_origin_id
    domain_name              = var.s3_bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.s3.id
  }

  dynamic "origin" {
    for_each = local.lb_origins

    content {
      origin_id   = origin.key
      domain_name = origin.value

      custom_origin_config {
        http_port                = 80
        https_port               = 443
        origin_protocol_policy   = "https-only"
        origin_ssl_protocols     = ["TLSv1.2"]
        origin_read_timeout      = 30
        origin_keepalive_timeout = 5
      }

      # The secret header the load balancers require (their security groups admit every CloudFront distribution).
      dynamic "custom_header" {
        for_each = var.origin_verify_header == null ? [] : [var.origin_verify_header]

        content {
          name  = custom_header.value.name
          value = custom_header.value.value
        }
      }
    }
  }

  dynamic "origin_group" {
    for_each = local.failover ? [local.group_origin_id] : []

    content {
      origin_id = origin_group.value

      failover_criteria {
        status_codes = [500, 502, 503, 504]
      }

      member {
        origin_id = local.primary_origin_id
      }

      member {
        origin_id = local.secondary_origin_id
      }
    }
  }

  # Dynamic content from the load balancer(s): not cached, all viewer headers except Host forwarded
  # (the origin certificate is checked against the origin's own name).
  default_cache_behavior {
    target_origin_id           = local.failover ? local.group_origin_id : local.primary_origin_id
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = local.failover ? local.read_methods : local.all_methods
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = local.cache_policy_caching_disabled
    origin_request_policy_id   = local.origin_request_policy_all_viewer_except_host
    response_headers_policy_id = local.response_headers_policy_security_headers
  }

  # With an origin group, paths that write go to the primary load balancer directly.
  dynamic "ordered_cache_behavior" {
    for_each = local.failover ? var.write_path_patterns : []

    content {
      path_pattern               = ordered_cache_behavior.value
      target_origin_id           = local.primary_origin_id
      viewer_protocol_policy     = "redirect-to-https"
      allowed_methods            = local.all_methods
      cached_methods             = ["GET", "HEAD"]
      compress                   = true
      cache_policy_id            = local.cache_policy_caching_disabled
      origin_request_policy_id   = local.origin_request_policy_all_viewer_except_host
      response_headers_policy_id = local.response_headers_policy_security_headers
    }
  }

  # Static content from S3 through the origin access control, cached.
  dynamic "ordered_cache_behavior" {
    for_each = var.static_path_patterns

    content {
      path_pattern               = ordered_cache_behavior.value
      target_origin_id           = local.s3_origin_id
      viewer_protocol_policy     = "redirect-to-https"
      allowed_methods            = ["GET", "HEAD", "OPTIONS"]
      cached_methods             = ["GET", "HEAD"]
      compress                   = true
      cache_policy_id            = local.cache_policy_caching_optimized
      response_headers_policy_id = local.response_headers_policy_security_headers
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = length(var.geo_restriction_locations) == 0 ? "none" : "whitelist"
      locations        = var.geo_restriction_locations
    }
  }

  viewer_certificate {
    acm_certificate_arn      = var.certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }

  dynamic "logging_config" {
    for_each = (var.access_logs_enabled != null ? var.access_logs_enabled : var.logs_bucket_domain_name != null) ? [var.logs_bucket_domain_name] : []

    content {
      bucket          = logging_config.value
      prefix          = "cloudfront/${var.name}/"
      include_cookies = false
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}
