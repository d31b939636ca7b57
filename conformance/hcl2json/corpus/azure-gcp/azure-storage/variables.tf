variable "account_name" {
  type = string

  validation {
    condition     = can(regex("^[a-z0-9]{3,24}$", var.account_name))
    error_message = "Storage account names must be 3-24 characters, lowercase letters and digits only."
  }
}

variable "resource_group_name" { type = string }
variable "location" { type = string }

variable "replication_type" {
  type    = string
  default = "GZRS"
}

variable "access_tier" {
  type    = string
  default = "Hot"
}

variable "containers" {
  type = map(object({
    access_type = optional(string, "private")
    metadata    = optional(map(string), {})
    immutable   = optional(bool, false)
  }))
  default = {}
}

variable "lifecycle_rules" {
  description = "Blob lifecycle management rules."
  type = list(object({
    name                       = string
    prefix_match               = optional(list(string), [])
    blob_types                 = optional(list(string), ["blockBlob"])
    cool_after_days            = optional(number)
    cold_after_days            = optional(number)
    archive_after_days         = optional(number)
    delete_after_days          = optional(number)
    snapshot_delete_after_days = optional(number)
    version_delete_after_days  = optional(number)
    match_blob_index_tags = optional(list(object({
      name      = string
      operation = optional(string, "==")
      value     = string
    })), [])
  }))
  default = []
}

variable "private_endpoints" {
  description = "Subresource (blob, file, queue, table, dfs, web) => private DNS zone ID."
  type        = map(string)
  default     = {}
}

variable "private_endpoint_subnet_id" {
  type    = string
  default = null
}

variable "network_rules" {
  type = object({
    default_action             = optional(string, "Deny")
    bypass                     = optional(list(string), ["AzureServices", "Logging", "Metrics"])
    ip_rules                   = optional(list(string), [])
    virtual_network_subnet_ids = optional(list(string), [])
  })
  default = {}
}

variable "cmk_key_id" {
  type    = string
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
