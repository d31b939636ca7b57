variable "project_id" {
  type = string
}

variable "location" {
  type    = string
  default = "europe-west1"
}

variable "keyring_name" {
  type = string
}

variable "keys" {
  type = map(object({
    purpose          = optional(string, "ENCRYPT_DECRYPT")
    algorithm        = optional(string, "GOOGLE_SYMMETRIC_ENCRYPTION")
    protection_level = optional(string, "SOFTWARE")
    rotation_period  = optional(string, "7776000s") # 90 days
    encrypters       = optional(list(string), [])
    decrypters       = optional(list(string), [])
    prevent_destroy  = optional(bool, true)
  }))
  default = {}

  validation {
    condition = alltrue([
      for k in values(var.keys) : contains(["SOFTWARE", "HSM", "EXTERNAL"], k.protection_level)
    ])
    error_message = "protection_level must be SOFTWARE, HSM or EXTERNAL."
  }
}

variable "secrets" {
  type = map(object({
    generate         = optional(bool, false)
    length           = optional(number, 32)
    value            = optional(string)
    replica_regions  = optional(list(string), [])
    rotation_period  = optional(string)
    accessors        = optional(list(string), [])
    labels           = optional(map(string), {})
    annotations      = optional(map(string), {})
  }))
  default = {}
}

variable "rotation_topic" {
  type    = string
  default = null
}
