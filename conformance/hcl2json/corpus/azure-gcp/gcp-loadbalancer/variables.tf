variable "project_id" {
  type = string
}

variable "name" {
  type = string
}

variable "domains" {
  type = list(string)
  validation {
    condition     = length(var.domains) > 0 && length(var.domains) <= 100
    error_message = "Provide between 1 and 100 domains."
  }
}

variable "backends" {
  description = "Backend services keyed by name."
  type = map(object({
    protocol        = optional(string, "HTTPS")
    port_name       = optional(string, "https")
    timeout_sec     = optional(number, 30)
    enable_cdn      = optional(bool, false)
    iap             = optional(bool, false)
    health_check_path = optional(string, "/healthz")
    serverless_neg  = optional(object({
      region  = string
      service = string
    }))
    groups = optional(list(object({
      group           = string
      balancing_mode  = optional(string, "UTILIZATION")
      capacity_scaler = optional(number, 1.0)
      max_utilization = optional(number, 0.8)
    })), [])
    log_sample_rate = optional(number, 1.0)
  }))
}

variable "default_backend" {
  type = string
}

variable "path_rules" {
  description = "host => list of { paths, backend }"
  type = map(list(object({
    paths   = list(string)
    backend = string
  })))
  default = {}
}

variable "ssl_policy_min_tls" {
  type    = string
  default = "TLS_1_2"
}

variable "armor" {
  type = object({
    rate_limit_per_minute = optional(number, 600)
    blocked_regions       = optional(list(string), [])
    allowed_ip_ranges     = optional(list(string), [])
    preconfigured_waf     = optional(list(string), ["sqli-v33-stable", "xss-v33-stable", "lfi-v33-stable", "rce-v33-stable"])
    adaptive_protection   = optional(bool, true)
  })
  default = {}
}

variable "iap_oauth" {
  type = object({
    client_id     = string
    client_secret = string
  })
  default   = null
  sensitive = true
}
