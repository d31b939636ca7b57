variable "create_table" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "name" {
  type = string
}

variable "billing_mode" {
  type    = string
  default = "PAY_PER_REQUEST"
}

variable "hash_key" {
  type = string
}

variable "range_key" {
  type    = string
  default = null
}

variable "table_class" {
  type    = string
  default = null
}

variable "attributes" {
  type = list(object({
    name = string
    type = string
  }))
}

variable "global_secondary_indexes" {
  type = list(object({
    name               = string
    hash_key           = string
    range_key          = optional(string)
    projection_type    = optional(string, "ALL")
    non_key_attributes = optional(list(string))
    read_capacity      = optional(number)
    write_capacity     = optional(number)
  }))
  default = []
}

variable "read_capacity" {
  type    = number
  default = 5
}

variable "write_capacity" {
  type    = number
  default = 5
}

variable "autoscaling_enabled" {
  type    = bool
  default = false
}

variable "autoscaling_read" {
  type = object({
    max_capacity = number
    target_value = optional(number, 70)
  })
  default = {
    max_capacity = 100
  }
}

variable "autoscaling_write" {
  type = object({
    max_capacity = number
    target_value = optional(number, 70)
  })
  default = {
    max_capacity = 100
  }
}

variable "stream_enabled" {
  type    = bool
  default = false
}

variable "stream_view_type" {
  type    = string
  default = "NEW_AND_OLD_IMAGES"
}

variable "replica_regions" {
  description = "Regions of a global table's replicas (version 2019.11.21)."
  type = list(object({
    region_name            = string
    kms_key_arn            = optional(string)
    propagate_tags         = optional(bool, true)
    point_in_time_recovery = optional(bool, true)
  }))
  default = []
}

variable "ttl_attribute_name" {
  type    = string
  default = null
}

variable "point_in_time_recovery_enabled" {
  type    = bool
  default = true
}

variable "server_side_encryption_enabled" {
  type    = bool
  default = true
}

variable "server_side_encryption_kms_key_arn" {
  type    = string
  default = null
}

variable "deletion_protection_enabled" {
  type    = bool
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
