variable "resource_group_name" { type = string }
variable "location" { type = string }
variable "subnet_id" {
  type        = string
  description = "Dedicated subnet for the application gateway (at least /24 recommended)."
}

variable "key_vault_secret_id" {
  type        = string
  description = "Versionless Key Vault secret ID holding the PFX certificate."
  sensitive   = false
}

variable "identity_id" {
  type = string
}

variable "capacity" {
  type = object({
    min = number
    max = number
  })
  default = { min = 2, max = 10 }

  validation {
    condition     = var.capacity.min >= 0 && var.capacity.max <= 125 && var.capacity.min <= var.capacity.max
    error_message = "Autoscale capacity must satisfy 0 <= min <= max <= 125."
  }
}

variable "sites" {
  description = "Sites served by the gateway, keyed by a short identifier."
  type = map(object({
    host_names         = list(string)
    backend_fqdns      = list(string)
    backend_port       = optional(number, 443)
    backend_protocol   = optional(string, "Https")
    probe_path         = optional(string, "/healthz")
    request_timeout    = optional(number, 30)
    affinity           = optional(bool, false)
    priority           = number
    rewrite_hsts       = optional(bool, true)
    path_rules = optional(map(object({
      paths        = list(string)
      backend_fqdn = string
    })), {})
  }))
}

variable "waf_mode" {
  type    = string
  default = "Prevention"
  validation {
    condition     = contains(["Detection", "Prevention"], var.waf_mode)
    error_message = "waf_mode must be either Detection or Prevention."
  }
}

variable "blocked_countries" {
  type    = list(string)
  default = ["KP", "IR"]
}

variable "allowed_admin_cidrs" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}
