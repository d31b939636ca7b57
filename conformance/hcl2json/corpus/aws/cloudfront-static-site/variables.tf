variable "site_name" {
  type = string
}

variable "aliases" {
  type    = list(string)
  default = []
}

variable "acm_certificate_arn" {
  type    = string
  default = null
}

variable "origin_bucket_regional_domain" {
  type = string
}

variable "api_origin_domain" {
  description = "Optional API origin (e.g. an ALB or API Gateway domain) served under /api/*."
  type        = string
  default     = null
}

variable "price_class" {
  type    = string
  default = "PriceClass_100"

  validation {
    condition     = contains(["PriceClass_All", "PriceClass_200", "PriceClass_100"], var.price_class)
    error_message = "Invalid CloudFront price class."
  }
}

variable "web_acl_arn" {
  type    = string
  default = null
}

variable "geo_restriction" {
  type = object({
    type      = string
    locations = list(string)
  })
  default = {
    type      = "none"
    locations = []
  }
}

variable "logging_bucket_domain" {
  type    = string
  default = null
}

variable "spa_mode" {
  description = "Rewrite 403/404 to /index.html for single-page apps."
  type        = bool
  default     = true
}
