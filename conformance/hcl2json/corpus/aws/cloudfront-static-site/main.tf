locals {
  s3_origin_id  = "s3-${var.site_name}"
  api_origin_id = "api-${var.site_name}"

  # Ordered cache behaviours; the order matters for CloudFront path matching.
  ordered_behaviors = concat(
    var.api_origin_domain == null ? [] : [
      {
        path_pattern    = "/api/*"
        target_origin   = local.api_origin_id
        cache_policy    = data.aws_cloudfront_cache_policy.disabled.id
        request_policy  = data.aws_cloudfront_origin_request_policy.all_viewer_except_host.id
        allowed_methods = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
        function_arn    = null
      }
    ],
    [
      {
        path_pattern    = "/assets/*"
        target_origin   = local.s3_origin_id
        cache_policy    = aws_cloudfront_cache_policy.assets.id
        request_policy  = null
        allowed_methods = ["GET", "HEAD"]
        function_arn    = null
      },
      {
        path_pattern    = "/docs/*"
        target_origin   = local.s3_origin_id
        cache_policy    = data.aws_cloudfront_cache_policy.optimized.id
        request_policy  = null
        allowed_methods = ["GET", "HEAD", "OPTIONS"]
        function_arn    = aws_cloudfront_function.rewrite.arn
      },
    ],
  )

  spa_error_codes = var.spa_mode ? [403, 404] : []
}

resource "aws_cloudfront_distribution" "this" {
  enabled             = true
  is_ipv6_enabled     = true
  http_version        = "http2and3"
  comment             = "${var.site_name} static site"
  default_root_object = "index.html"
  price_class         = var.price_class
  aliases             = var.aliases
  web_acl_id          = var.web_acl_arn
  wait_for_deployment = false

  origin {
    origin_id                = local.s3_origin_id
    domain_name              = var.origin_bucket_regional_domain
    origin_access_control_id = aws_cloudfront_origin_access_control.s3.id

    origin_shield {
      enabled              = true
      origin_shield_region = "eu-central-1"
    }
  }

  dynamic "origin" {
    for_each = var.api_origin_domain[*]
    content {
      origin_id   = local.api_origin_id
      domain_name = origin.value

      custom_origin_config {
        http_port                = 80
        https_port               = 443
        origin_protocol_policy   = "https-only"
        origin_ssl_protocols     = ["TLSv1.2"]
        origin_read_timeout      = 60
        origin_keepalive_timeout = 10
      }

      custom_header {
        name  = "X-Origin-Verify"
        value = sha256("${var.site_name}:${origin.value}")
      }
    }
  }

  default_cache_behavior {
    target_origin_id           = local.s3_origin_id
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD", "OPTIONS"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = data.aws_cloudfront_cache_policy.optimized.id
    response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id

    function_association {
      event_type   = "viewer-request"
      function_arn = aws_cloudfront_function.rewrite.arn
    }
  }

  dynamic "ordered_cache_behavior" {
    for_each = local.ordered_behaviors
    iterator = b

    content {
      path_pattern               = b.value.path_pattern
      target_origin_id           = b.value.target_origin
      viewer_protocol_policy     = "https-only"
      allowed_methods            = b.value.allowed_methods
      cached_methods             = ["GET", "HEAD"]
      compress                   = true
      cache_policy_id            = b.value.cache_policy
      origin_request_policy_id   = b.value.request_policy
      response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id

      dynamic "function_association" {
        for_each = b.value.function_arn != null ? [b.value.function_arn] : []
        content {
          event_type   = "viewer-request"
          function_arn = function_association.value
        }
      }
    }
  }

  dynamic "custom_error_response" {
    for_each = local.spa_error_codes
    content {
      error_code            = custom_error_response.value
      response_code         = 200
      response_page_path    = "/index.html"
      error_caching_min_ttl = 10
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = var.geo_restriction.type
      locations        = var.geo_restriction.locations
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = var.acm_certificate_arn == null
    acm_certificate_arn            = var.acm_certificate_arn
    ssl_support_method             = var.acm_certificate_arn != null ? "sni-only" : null
    minimum_protocol_version       = var.acm_certificate_arn != null ? "TLSv1.2_2021" : "TLSv1"
  }

  dynamic "logging_config" {
    for_each = var.logging_bucket_domain == null ? [] : [1]
    content {
      bucket          = var.logging_bucket_domain
      prefix          = "cloudfront/${var.site_name}/"
      include_cookies = false
    }
  }

  lifecycle {
    precondition {
      condition     = length(var.aliases) == 0 || var.acm_certificate_arn != null
      error_message = "Custom aliases require an ACM certificate in us-east-1."
    }
  }
}
