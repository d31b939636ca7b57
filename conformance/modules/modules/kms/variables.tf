variable "create" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "description" {
  type    = string
  default = null
}

variable "key_usage" {
  type    = string
  default = "ENCRYPT_DECRYPT"
}

variable "customer_master_key_spec" {
  type    = string
  default = "SYMMETRIC_DEFAULT"
}

variable "enable_key_rotation" {
  type    = bool
  default = true
}

variable "rotation_period_in_days" {
  type    = number
  default = null
}

variable "deletion_window_in_days" {
  type    = number
  default = 30
}

variable "multi_region" {
  type    = bool
  default = false
}

variable "aliases" {
  type    = list(string)
  default = []
}

variable "enable_default_policy" {
  type    = bool
  default = true
}

variable "key_administrators" {
  type    = list(string)
  default = []
}

variable "key_service_principals" {
  type    = list(string)
  default = []
}

variable "source_policy_documents" {
  type    = list(string)
  default = []
}

variable "override_policy_documents" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}
