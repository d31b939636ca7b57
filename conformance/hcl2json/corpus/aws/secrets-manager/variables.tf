variable "prefix" {
  type    = string
  default = "app"
}

variable "secrets" {
  type = map(object({
    description        = string
    generate_password  = optional(bool, false)
    password_length    = optional(number, 32)
    initial_value      = optional(map(string))
    replica_regions    = optional(list(string), [])
    rotation_lambda_arn = optional(string)
    rotation_days      = optional(number, 30)
    reader_role_arns   = optional(list(string), [])
  }))

  validation {
    condition = alltrue([
      for s in values(var.secrets) : !(s.generate_password && s.initial_value != null)
    ])
    error_message = "A secret cannot both generate a password and have an initial_value."
  }

  validation {
    condition     = alltrue([for s in values(var.secrets) : s.password_length >= 16 && s.password_length <= 128])
    error_message = "password_length must be between 16 and 128."
  }
}

variable "kms_key_arn" {
  type = string
}

variable "recovery_window_in_days" {
  type    = number
  default = 7
}

variable "tags" {
  type    = map(string)
  default = {}
}
