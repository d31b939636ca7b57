variable "server_name" {
  type = string

  validation {
    condition     = length(var.server_name) >= 3 && length(var.server_name) <= 63
    error_message = "Server name must be 3-63 characters."
  }
}

variable "resource_group_name" { type = string }
variable "location" { type = string }

variable "delegated_subnet_id" {
  type        = string
  description = "Subnet delegated to Microsoft.DBforPostgreSQL/flexibleServers."
}

variable "virtual_network_ids" {
  description = "VNets to link to the private DNS zone."
  type        = map(string)
}

variable "pg_version" {
  type    = string
  default = "16"
}

variable "sku_name" {
  type    = string
  default = "GP_Standard_D4ds_v5"
}

variable "storage" {
  type = object({
    size_mb       = optional(number, 131072)
    tier          = optional(string, "P15")
    auto_grow     = optional(bool, true)
  })
  default = {}
}

variable "high_availability" {
  type = object({
    enabled                   = bool
    standby_availability_zone = optional(string, "2")
  })
  default = { enabled = true }
}

variable "backup" {
  type = object({
    retention_days = optional(number, 14)
    geo_redundant  = optional(bool, false)
  })
  default = {}
}

variable "databases" {
  type = map(object({
    charset   = optional(string, "UTF8")
    collation = optional(string, "en_US.utf8")
  }))
  default = {}
}

variable "server_parameters" {
  type = map(string)
  default = {
    "log_min_duration_statement" = "500"
    "pg_qs.query_capture_mode"   = "TOP"
    "azure.extensions"           = "PG_STAT_STATEMENTS,PGCRYPTO,UUID-OSSP,POSTGIS"
  }
}

variable "aad_admin" {
  type = object({
    object_id      = string
    principal_name = string
    principal_type = optional(string, "Group")
  })
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
