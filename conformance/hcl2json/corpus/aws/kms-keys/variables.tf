variable "keys" {
  description = "KMS keys keyed by alias suffix."
  type = map(object({
    description             = string
    key_usage               = optional(string, "ENCRYPT_DECRYPT")
    key_spec                = optional(string, "SYMMETRIC_DEFAULT")
    multi_region            = optional(bool, false)
    deletion_window_in_days = optional(number, 30)
    enable_rotation         = optional(bool, true)
    rotation_period_days    = optional(number, 365)
    service_principals      = optional(list(string), [])
    user_role_arns          = optional(list(string), [])
    admin_role_arns         = optional(list(string), [])
    grants = optional(map(object({
      grantee_principal = string
      operations        = list(string)
    })), {})
  }))

  validation {
    condition = alltrue([
      for k in values(var.keys) : k.deletion_window_in_days >= 7 && k.deletion_window_in_days <= 30
    ])
    error_message = "deletion_window_in_days must be between 7 and 30."
  }

  validation {
    condition = alltrue([
      for k in values(var.keys) : !(k.enable_rotation && k.key_spec != "SYMMETRIC_DEFAULT")
    ])
    error_message = "Automatic rotation is only supported for symmetric keys."
  }

  validation {
    condition = alltrue(flatten([
      for k in values(var.keys) : [
        for arn in concat(k.user_role_arns, k.admin_role_arns) : can(provider::aws::arn_parse(arn))
      ]
    ]))
    error_message = "All role ARNs must be valid ARNs."
  }
}

variable "alias_prefix" {
  type    = string
  default = "alias/platform"
}

variable "tags" {
  type    = map(string)
  default = {}
}
