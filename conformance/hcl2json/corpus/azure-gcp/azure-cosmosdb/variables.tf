variable "account_name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "primary_location" {
  type = string
}

variable "secondary_locations" {
  description = "Additional read regions, in failover priority order."
  type        = list(string)
  default     = ["northeurope"]
}

variable "consistency" {
  type = object({
    level                   = string
    max_interval_in_seconds = optional(number, 5)
    max_staleness_prefix    = optional(number, 100)
  })
  default = {
    level = "Session"
  }

  validation {
    condition = contains(
      ["BoundedStaleness", "Eventual", "Session", "Strong", "ConsistentPrefix"],
      var.consistency.level,
    )
    error_message = "Invalid consistency level."
  }
}

variable "multi_region_writes" {
  type    = bool
  default = false
}

variable "databases" {
  description = "SQL databases with containers."
  type = map(object({
    max_throughput = optional(number, 4000)
    containers = map(object({
      partition_key_paths = list(string)
      default_ttl         = optional(number, -1)
      unique_keys         = optional(list(list(string)), [])
      excluded_paths      = optional(list(string), ["/\"_etag\"/?"])
      composite_indexes = optional(list(list(object({
        path  = string
        order = optional(string, "Ascending")
      }))), [])
    }))
  }))
  default = {}
}

variable "allowed_subnet_ids" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}
