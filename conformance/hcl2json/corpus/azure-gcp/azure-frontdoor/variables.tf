variable "name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "sku_name" {
  type    = string
  default = "Premium_AzureFrontDoor"

  validation {
    condition     = contains(["Standard_AzureFrontDoor", "Premium_AzureFrontDoor"], var.sku_name)
    error_message = "Unsupported Front Door SKU."
  }
}

variable "endpoints" {
  description = "Endpoints, each with an origin group and one or more routes."
  type = map(object({
    origins = map(object({
      host_name          = string
      origin_host_header = optional(string)
      priority           = optional(number, 1)
      weight             = optional(number, 1000)
      private_link = optional(object({
        target_id   = string
        location    = string
        target_type = optional(string)
      }))
    }))
    health_probe = optional(object({
      path     = optional(string, "/")
      protocol = optional(string, "Https")
      interval = optional(number, 100)
      method   = optional(string, "HEAD")
    }), {})
    routes = map(object({
      patterns_to_match      = list(string)
      custom_domains         = optional(list(string), [])
      forwarding_protocol    = optional(string, "HttpsOnly")
      cache_enabled          = optional(bool, false)
      query_string_behavior  = optional(string, "IgnoreQueryString")
      compression_enabled    = optional(bool, true)
      rule_set_names         = optional(list(string), [])
    }))
  }))
}

variable "custom_domains" {
  type = map(object({
    host_name   = string
    dns_zone_id = optional(string)
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
