variable "prefix" {
  type = string
}

variable "tables" {
  description = "DynamoDB tables to create."
  type = map(object({
    hash_key  = string
    range_key = optional(string)
    attributes = map(string) # name => S | N | B
    billing_mode = optional(string, "PAY_PER_REQUEST")
    read_capacity  = optional(number)
    write_capacity = optional(number)
    ttl_attribute  = optional(string)
    stream_view_type = optional(string)
    global_secondary_indexes = optional(list(object({
      name               = string
      hash_key           = string
      range_key          = optional(string)
      projection_type    = optional(string, "ALL")
      non_key_attributes = optional(list(string))
    })), [])
    local_secondary_indexes = optional(list(object({
      name            = string
      range_key       = string
      projection_type = optional(string, "KEYS_ONLY")
    })), [])
    replica_regions = optional(list(string), [])
    deletion_protection = optional(bool, true)
  }))

  validation {
    condition = alltrue([
      for t in values(var.tables) : alltrue([for type in values(t.attributes) : contains(["S", "N", "B"], type)])
    ])
    error_message = "Attribute types must be S, N or B."
  }

  validation {
    condition = alltrue([
      for t in values(var.tables) :
      t.billing_mode == "PAY_PER_REQUEST" || (t.read_capacity != null && t.write_capacity != null)
    ])
    error_message = "PROVISIONED tables must set both read_capacity and write_capacity."
  }

  validation {
    condition = alltrue([
      for t in values(var.tables) : contains(keys(t.attributes), t.hash_key)
    ])
    error_message = "Each table's hash_key must be declared in attributes."
  }
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "replica_kms_key_arns" {
  description = "Region => KMS key ARN for replica encryption."
  type        = map(string)
  default     = {}
}

variable "point_in_time_recovery" {
  type    = bool
  default = true
}

variable "tags" {
  type    = map(string)
  default = {}
}
