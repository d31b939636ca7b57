variable "project_id" {
  type = string
}

variable "region" {
  type = string
}

variable "instances" {
  type = map(object({
    tier                    = optional(string, "STANDARD_HA")
    memory_size_gb          = number
    redis_version           = optional(string, "REDIS_7_2")
    replica_count           = optional(number, 1)
    read_replicas_mode      = optional(string, "READ_REPLICAS_ENABLED")
    auth_enabled            = optional(bool, true)
    transit_encryption_mode = optional(string, "SERVER_AUTHENTICATION")
    redis_configs           = optional(map(string), {})
    persistence = optional(object({
      mode                = optional(string, "RDB")
      rdb_snapshot_period = optional(string, "TWELVE_HOURS")
    }))
  }))

  validation {
    condition = alltrue([
      for i in values(var.instances) :
      i.memory_size_gb >= 1 && i.memory_size_gb <= 300
    ])
    error_message = "memory_size_gb must be between 1 and 300."
  }
}

variable "authorized_network" {
  type = string
}

variable "reserved_ip_range" {
  type    = string
  default = null
}

variable "customer_managed_key" {
  type    = string
  default = null
}

variable "labels" {
  type    = map(string)
  default = {}
}
