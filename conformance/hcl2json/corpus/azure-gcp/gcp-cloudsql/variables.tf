variable "project_id" {
  type = string
}

variable "region" {
  type = string
}

variable "name" {
  type = string
}

variable "database_version" {
  type    = string
  default = "POSTGRES_16"

  validation {
    condition     = can(regex("^(POSTGRES_1[2-6]|MYSQL_8_0(_[0-9]+)?)$", var.database_version))
    error_message = "Only PostgreSQL 12-16 and MySQL 8.0 are supported."
  }
}

variable "tier" {
  type    = string
  default = "db-custom-4-16384"
}

variable "edition" {
  type    = string
  default = "ENTERPRISE"
}

variable "high_availability" {
  type    = bool
  default = true
}

variable "private_network" {
  type = string
}

variable "allocated_ip_range" {
  type    = string
  default = null
}

variable "disk" {
  type = object({
    size_gb          = optional(number, 100)
    type             = optional(string, "PD_SSD")
    autoresize       = optional(bool, true)
    autoresize_limit = optional(number, 1000)
  })
  default = {}
}

variable "backup" {
  type = object({
    start_time                     = optional(string, "02:00")
    location                       = optional(string)
    retained_backups               = optional(number, 14)
    transaction_log_retention_days = optional(number, 7)
    point_in_time_recovery         = optional(bool, true)
  })
  default = {}
}

variable "database_flags" {
  type = map(string)
  default = {
    "cloudsql.iam_authentication" = "on"
    "log_checkpoints"             = "on"
    "log_lock_waits"              = "on"
    "log_min_duration_statement"  = "1000"
    "max_connections"             = "400"
  }
}

variable "read_replicas" {
  type = map(object({
    region            = optional(string)
    tier              = optional(string)
    zone              = optional(string)
    availability_type = optional(string, "ZONAL")
    failover_target   = optional(bool, false)
  }))
  default = {}
}

variable "databases" {
  type    = list(string)
  default = []
}

variable "iam_users" {
  description = "IAM principals (users or service accounts) granted database login."
  type = list(object({
    email = string
    type  = optional(string, "CLOUD_IAM_SERVICE_ACCOUNT")
  }))
  default = []
}

variable "encryption_key_name" {
  type    = string
  default = null
}

variable "labels" {
  type    = map(string)
  default = {}
}
