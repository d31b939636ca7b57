variable "create_distribution" {
  type    = bool
  default = true
}

variable "enabled" {
  type    = bool
  default = true
}

variable "comment" {
  type    = string
  default = null
}

variable "aliases" {
  type    = list(string)
  default = null
}

variable "default_root_object" {
  type    = string
  default = null
}

variable "http_version" {
  type    = string
  default = "http2and3"
}

variable "is_ipv6_enabled" {
  type    = bool
  default = true
}

variable "price_class" {
  type    = string
  default = "PriceClass_100"
}

variable "web_acl_id" {
  type    = string
  default = null
}

variable "wait_for_deployment" {
  type    = bool
  default = false
}

variable "acm_certificate_arn" {
  type    = string
  default = null
}

variable "minimum_protocol_version" {
  type    = string
  default = "TLSv1.2_2021"
}

variable "logging_config" {
  type = object({
    bucket = string
    prefix = optional(string)
  })
  default = null
}

variable "origin_access_controls" {
  type = map(object({
    description      = optional(string)
    origin_type      = optional(string, "s3")
    signing_behavior = optional(string, "always")
  }))
  default = {}
}

variable "origin" {
  description = "Origins by origin id."
  type = map(object({
    domain_name           = string
    origin_path           = optional(string)
    origin_access_control = optional(string)
    origin_shield_region  = optional(string)
    custom_origin_config = optional(object({
      http_port              = optional(number, 80)
      https_port             = optional(number, 443)
      origin_protocol_policy = optional(string, "https-only")
      origin_ssl_protocols   = optional(list(string), ["TLSv1.2"])
    }))
  }))
}

variable "default_cache_behavior" {
  type = object({
    target_origin_id       = string
    viewer_protocol_policy = optional(string, "redirect-to-https")
    allowed_methods        = optional(list(string), ["GET", "HEAD", "OPTIONS"])
    cached_methods         = optional(list(string), ["GET", "HEAD"])
    compress               = optional(bool, true)
    cache_policy           = optional(string, "CachingOptimized")
    function_associations  = optional(map(string), {})
  })
}

variable "ordered_cache_behavior" {
  type = list(object({
    path_pattern           = string
    target_origin_id       = string
    viewer_protocol_policy = optional(string, "redirect-to-https")
    allowed_methods        = optional(list(string), ["GET", "HEAD", "OPTIONS"])
    cached_methods         = optional(list(string), ["GET", "HEAD"])
    compress               = optional(bool, true)
    cache_policy           = optional(string, "CachingOptimized")
  }))
  default = []
}

variable "custom_error_response" {
  type = list(object({
    error_code         = number
    response_code      = optional(number)
    response_page_path = optional(string)
  }))
  default = []
}

variable "geo_restriction" {
  type = object({
    restriction_type = optional(string, "none")
    locations        = optional(list(string), [])
  })
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
