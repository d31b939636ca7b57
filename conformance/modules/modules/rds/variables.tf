variable "create_db_instance" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "identifier" {
  type = string
}

variable "engine" {
  type    = string
  default = null
}

variable "engine_version" {
  type    = string
  default = null
}

variable "family" {
  description = "Parameter group family; derived from engine and version when null."
  type        = string
  default     = null
}

variable "instance_class" {
  type = string
}

variable "replica_instance_class" {
  type    = string
  default = null
}

variable "read_replica_count" {
  type    = number
  default = 0
}

variable "replicate_source_db" {
  type    = string
  default = null
}

variable "allocated_storage" {
  type    = number
  default = null
}

variable "max_allocated_storage" {
  type    = number
  default = 0
}

variable "storage_type" {
  type    = string
  default = null
}

variable "storage_encrypted" {
  type    = bool
  default = true
}

variable "kms_key_id" {
  type    = string
  default = null
}

variable "db_name" {
  type    = string
  default = null
}

variable "username" {
  type    = string
  default = null
}

variable "manage_master_user_password" {
  type    = bool
  default = true
}

variable "port" {
  type    = number
  default = null
}

variable "multi_az" {
  type    = bool
  default = false
}

variable "db_subnet_group_name" {
  type    = string
  default = null
}

variable "vpc_security_group_ids" {
  type    = list(string)
  default = []
}

variable "create_db_parameter_group" {
  type    = bool
  default = false
}

variable "parameter_group_name" {
  type    = string
  default = null
}

variable "parameters" {
  type    = list(map(string))
  default = []
}

variable "backup_retention_period" {
  type    = number
  default = null
}

variable "backup_window" {
  type    = string
  default = null
}

variable "maintenance_window" {
  type    = string
  default = null
}

variable "deletion_protection" {
  type    = bool
  default = false
}

variable "skip_final_snapshot" {
  type    = bool
  default = false
}

variable "performance_insights_enabled" {
  type    = bool
  default = false
}

variable "enabled_cloudwatch_logs_exports" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}
