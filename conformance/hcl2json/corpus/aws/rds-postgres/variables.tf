variable "identifier" {
  type = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,61}[a-z0-9]$", var.identifier)) && !strcontains(var.identifier, "--")
    error_message = "identifier must be lowercase alphanumerics/hyphens, start with a letter and contain no double hyphen."
  }
}

variable "engine_version" {
  type    = string
  default = "16.3"
}

variable "instance_class" {
  type    = string
  default = "db.t4g.medium"
}

variable "allocated_storage" {
  type    = number
  default = 50
}

variable "max_allocated_storage" {
  type    = number
  default = 500
}

variable "multi_az" {
  type    = bool
  default = true
}

variable "database_name" {
  type    = string
  default = "app"
}

variable "master_username" {
  type      = string
  default   = "dbadmin"
  sensitive = true
}

variable "subnet_ids" {
  type = list(string)
}

variable "vpc_security_group_ids" {
  type = list(string)
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "parameters" {
  description = "DB parameters; apply_method defaults to pending-reboot for static ones."
  type = list(object({
    name         = string
    value        = string
    apply_method = optional(string, "immediate")
  }))
  default = [
    { name = "log_min_duration_statement", value = "500" },
    { name = "rds.force_ssl", value = "1" },
    { name = "shared_preload_libraries", value = "pg_stat_statements,auto_explain", apply_method = "pending-reboot" },
    { name = "auto_explain.log_min_duration", value = "2000" },
  ]
}

variable "backup_retention_period" {
  type    = number
  default = 14
}

variable "read_replica_count" {
  type    = number
  default = 0
}

variable "snapshot_identifier" {
  type    = string
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
