variable "name" {
  type = string
  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$", var.name))
    error_message = "Key Vault names must be 3-24 characters, alphanumeric and dashes, starting with a letter."
  }
}

variable "resource_group_name" { type = string }
variable "location" { type = string }

variable "enable_rbac_authorization" {
  type    = bool
  default = false
}

variable "access_policies" {
  description = "Only used when RBAC authorization is disabled."
  type = map(object({
    object_id               = string
    key_permissions         = optional(list(string), [])
    secret_permissions      = optional(list(string), ["Get", "List"])
    certificate_permissions = optional(list(string), [])
    storage_permissions     = optional(list(string), [])
  }))
  default = {}
}

variable "keys" {
  type = map(object({
    key_type        = optional(string, "RSA")
    key_size        = optional(number, 3072)
    curve           = optional(string)
    key_opts        = optional(list(string), ["decrypt", "encrypt", "sign", "unwrapKey", "verify", "wrapKey"])
    rotate_after    = optional(string, "P90D")
    expire_after    = optional(string, "P1Y")
  }))
  default = {}
}

variable "generated_secrets" {
  description = "Secrets whose values are generated randomly."
  type = map(object({
    length       = optional(number, 40)
    special      = optional(bool, true)
    content_type = optional(string, "text/plain")
  }))
  default = {}
}

variable "static_secrets" {
  type      = map(string)
  default   = {}
  sensitive = true
}

variable "network_acls" {
  type = object({
    default_action             = string
    ip_rules                   = optional(list(string), [])
    virtual_network_subnet_ids = optional(list(string), [])
  })
  default = {
    default_action = "Deny"
  }
}

variable "tags" {
  type    = map(string)
  default = {}
}
