locals {
  create = var.create_distribution

  # Managed cache policy ids (the same in every account).
  cache_policies = {
    CachingOptimized = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    CachingDisabled  = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
  }

  origin_access_controls = { for k, v in var.origin_access_controls : k => v if local.create }
}

resource "aws_cloudfront_origin_access_control" "this" {
  for_each = local.origin_access_controls

  name                              = each.key
  description                       = coalesce(each.value.description, "Origin access control ${each.key}")
  origin_access_control_origin_type = each.value.origin_type
  signing_behavior                  = each.value.signing_behavior
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_distribution" "this" {
  count = local.create ? 1 : 0

  enabled             = var.enabled
  comment             = var.comment
  aliases             = var.aliases
  default_root_object = var.default_root_object
  http_version        = var.http_version
  is_ipv6_enabled     = var.is_ipv6_enabled
  price_class         = var.price_class
  web_acl_id          = var.web_acl_id
  retain_on_delete    = false
  wait_for_deployment = var.wait_for_deployment

  dynamic "logging_config" {
    for_each = var.logging_config == null ? [] : [var.logging_config]
    content {
      bucket          = logging_config.value.bucket
      prefix          = logging_config.value.prefix
      include_cookies = false
    }
  }

  dynamic "origin" {
    for_each = var.origin
    content {
      origin_id                = origin.key
      domain_name              = origin.value.domain_name
      origin_path              = origin.value.origin_path
      origin_access_control_id = origin.value.origin_access_control != null ? aws_cloudfront_origin_access_control.this[origin.value.origin_access_control].id : null

      dynamic "custom_origin_config" {
        for_each = origin.value.custom_origin_config == null ? [] : [origin.value.custom_origin_config]
        content {
          http_port              = custom_origin_config.value.http_port
          https_port             = custom_origin_config.value.https_port
          origin_protocol_policy = custom_origin_config.value.origin_protocol_policy
          origin_ssl_protocols   = custom_origin_config.value.origin_ssl_protocols
        }
      }

      dynamic "origin_shield" {
        for_each = origin.value.origin_shield_region == null ? [] : [origin.value.origin_shield_region]
        content {
          enabled              = true
          origin_shield_region = origin_shield.value
        }
      }
    }
  }

  default_cache_behavior {
    target_origin_id       = var.default_cache_behavior.target_origin_id
    viewer_protocol_policy = var.default_cache_behavior.viewer_protocol_policy
    allowed_methods        = var.default_cache_behavior.allowed_methods
    cached_methods         = var.default_cache_behavior.cached_methods
    compress               = var.default_cache_behavior.compress
    cache_policy_id        = lookup(local.cache_policies, var.default_cache_behavior.cache_policy, var.default_cache_behavior.cache_policy)

    dynamic "function_association" {
      for_each = var.default_cache_behavior.function_associations
      content {
        event_type   = function_association.key
        function_arn = function_association.value
      }
    }
  }

  dynamic "ordered_cache_behavior" {
    for_each = var.ordered_cache_behavior
    iterator = b
    content {
      path_pattern           = b.value.path_pattern
      target_origin_id       = b.value.target_origin_id
      viewer_protocol_policy = b.value.viewer_protocol_policy
      allowed_methods        = b.value.allowed_methods
      cached_methods         = b.value.cached_methods
      compress               = b.value.compress
      cache_policy_id        = lookup(local.cache_policies, b.value.cache_policy, b.value.cache_policy)
    }
  }

  dynamic "custom_error_response" {
    for_each = var.custom_error_response
    content {
      error_code         = custom_error_response.value.error_code
      response_code      = custom_error_response.value.response_code
      response_page_path = custom_error_response.value.response_page_path
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = var.geo_restriction.restriction_type
      locations        = var.geo_restriction.locations
    }
  }

  viewer_certificate {
    acm_certificate_arn            = var.acm_certificate_arn
    cloudfront_default_certificate = var.acm_certificate_arn == null
    ssl_support_method             = var.acm_certificate_arn == null ? null : "sni-only"
    minimum_protocol_version       = var.acm_certificate_arn == null ? "TLSv1" : var.minimum_protocol_version
  }

  tags = var.tags
}
