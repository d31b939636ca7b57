variable "name" {
  description = "Prefix for resource names: lowercase letters, digits and hyphens."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,58}[a-z0-9])?$", var.name))
    error_message = "name must be 1-60 lowercase letters, digits or hyphens, not starting or ending with a hyphen."
  }
}

variable "tags" {
  description = "Tags applied to every taggable resource (Name and cloudwright:component are added)."
  type        = map(string)
  default     = {}
}

variable "component_id" {
  description = "Id of the design component this module instance implements (tag cloudwright:component)."
  type        = string
}

variable "aliases" {
  description = "Alternate domain names (CNAMEs) the distribution serves; all must be covered by certificate_arn."
  type        = list(string)

  validation {
    condition     = length(var.aliases) >= 1 && alltrue([for a in var.aliases : can(regex("^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", a))])
    error_message = "aliases must list at least one lowercase fully qualified domain name."
  }
}

variable "certificate_arn" {
  description = "ARN of the ACM certificate for the aliases; CloudFront requires it to be in us-east-1."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/.+$", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN in us-east-1."
  }
}

variable "web_acl_arn" {
  description = "ARN of the CLOUDFRONT-scope WAFv2 web ACL protecting the distribution (required input; an explicit null leaves the distribution without WAF)."
  type        = string

  validation {
    condition     = var.web_acl_arn == null || can(regex("^arn:aws[a-z-]*:wafv2:us-east-1:[0-9]{12}:global/webacl/.+$", var.web_acl_arn))
    error_message = "web_acl_arn must be the ARN of a CLOUDFRONT-scope (global) WAFv2 web ACL."
  }
}

variable "s3_bucket_regional_domain_name" {
  description = "Regional domain name of the S3 bucket serving the static paths (bucket.s3.REGION.amazonaws.com); its bucket policy must allow this distribution (origin access control)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\\.s3\\.([a-z0-9-]+\\.)?amazonaws\\.com(\\.cn)?$", var.s3_bucket_regional_domain_name))
    error_message = "s3_bucket_regional_domain_name must be an S3 bucket domain name such as my-bucket.s3.eu-west-1.amazonaws.com."
  }
}

variable "static_path_patterns" {
  description = "Path patterns served from the S3 bucket and cached (CachingOptimized); everything else goes to the load balancer(s) uncached."
  type        = list(string)
  default     = ["/static/*", "/assets/*"]

  validation {
    condition     = length(var.static_path_patterns) <= 20 && alltrue([for p in var.static_path_patterns : length(p) > 0 && length(p) <= 255])
    error_message = "static_path_patterns may hold at most 20 patterns of 1-255 characters."
  }
}

variable "primary_origin_domain" {
  description = "DNS name of the primary load balancer origin. CloudFront connects over HTTPS and checks the origin certificate against this name, so it must be a name the load balancer's certificate covers (e.g. a Route 53 alias such as origin-eu-west-1.example.com), not the load balancer's own elb.amazonaws.com name."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.primary_origin_domain))
    error_message = "primary_origin_domain must be a lowercase DNS name."
  }
}

variable "secondary_origin_domain" {
  description = "DNS name of the second region's load balancer (same certificate rule as primary_origin_domain); when set, the default behaviour targets an origin group failing over to it on 5xx. null for a single origin."
  type        = string
  default     = null

  validation {
    condition     = var.secondary_origin_domain == null || can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.secondary_origin_domain))
    error_message = "secondary_origin_domain must be a lowercase DNS name or null."
  }
}

variable "write_path_patterns" {
  description = "Only used with secondary_origin_domain (not in the contract): path patterns that need POST, PUT, PATCH and DELETE. CloudFront rejects those methods on a behaviour that targets an origin group, so with a secondary origin the default behaviour allows GET, HEAD and OPTIONS only and these paths go to the primary origin without failover."
  type        = list(string)
  default     = []

  validation {
    condition     = length(var.write_path_patterns) <= 20 && alltrue([for p in var.write_path_patterns : length(p) > 0 && length(p) <= 255])
    error_message = "write_path_patterns may hold at most 20 patterns of 1-255 characters."
  }
}

variable "origin_verify_header" {
  description = "Secret header (name and value) added to every request to the load balancer origins, which forward only requests that carry it; null for none. The value is generated by the root module and never output."
  type = object({
    name  = string
    value = string
  })
  default   = null
  sensitive = true
}

variable "price_class" {
  description = "Edge locations used: PriceClass_All, PriceClass_200 or PriceClass_100."
  type        = string
  default     = "PriceClass_All"

  validation {
    condition     = contains(["PriceClass_All", "PriceClass_200", "PriceClass_100"], var.price_class)
    error_message = "price_class must be PriceClass_All, PriceClass_200 or PriceClass_100."
  }
}

variable "geo_restriction_locations" {
  description = "ISO 3166-1 alpha-2 country codes allowed to use the distribution (allow list); empty for no restriction."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.geo_restriction_locations : can(regex("^[A-Z]{2}$", c))])
    error_message = "geo_restriction_locations must hold two-letter uppercase country codes such as DE."
  }
}

variable "logs_bucket_domain_name" {
  description = "Domain name of the S3 bucket for standard access logs (bucket.s3.amazonaws.com; the bucket must allow ACL-based log delivery); null disables logging."
  type        = string
  default     = null

  validation {
    condition     = var.logs_bucket_domain_name == null || can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\\.s3(\\.[a-z0-9-]+)?\\.amazonaws\\.com(\\.cn)?$", var.logs_bucket_domain_name))
    error_message = "logs_bucket_domain_name must be an S3 bucket domain name such as my-logs.s3.amazonaws.com, or null."
  }
}

variable "access_logs_enabled" {
  description = "Whether to write standard logs to logs_bucket_domain_name. null decides from logs_bucket_domain_name != null; set true when the bucket comes from another module's output."
  type        = bool
  default     = null

  validation {
    condition     = var.access_logs_enabled != true || var.logs_bucket_domain_name != null
    error_message = "access_logs_enabled = true needs logs_bucket_domain_name."
  }
}
