variable "create" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "partition" {
  type    = string
  default = "aws"
}

variable "name" {
  type = string
}

variable "engine" {
  type    = string
  default = "aurora-postgresql"
}

variable "engine_mode" {
  type    = string
  default = "provisioned"
}

variable "engine_version" {
  type    = string
  default = null
}

variable "port" {
  type    = number
  default = null
}

variable "is_primary_cluster" {
  type    = bool
  default = true
}

variable "global_cluster_identifier" {
  type    = string
  default = null
}

variable "source_region" {
  type    = string
  default = null
}

variable "database_name" {
  type    = string
  default = null
}

variable "master_username" {
  type    = string
  default = "root"
}

variable "manage_master_user_password" {
  type    = bool
  default = true
}

variable "master_user_secret_kms_key_id" {
  type    = string
  default = null
}

variable "instance_class" {
  type    = string
  default = "db.r6g.large"
}

variable "instances" {
  description = "Cluster instances by key; attributes not set fall back to the cluster-wide variables."
  type = map(object({
    instance_class               = optional(string)
    availability_zone            = optional(string)
    promotion_tier               = optional(number)
    publicly_accessible          = optional(bool)
    db_parameter_group_name      = optional(string)
    performance_insights_enabled = optional(bool)
    monitoring_interval          = optional(number)
    auto_minor_version_upgrade   = optional(bool)
    tags                         = optional(map(string), {})
  }))
  default  = {}
  nullable = false
}

variable "serverlessv2_scaling_configuration" {
  type = object({
    min_capacity             = number
    max_capacity             = number
    seconds_until_auto_pause = optional(number)
  })
  default = null
}

variable "create_db_subnet_group" {
  type    = bool
  default = false
}

variable "db_subnet_group_name" {
  type    = string
  default = null
}

variable "subnets" {
  type    = list(string)
  default = []
}

variable "vpc_id" {
  type    = string
  default = null
}

variable "create_security_group" {
  type    = bool
  default = true
}

variable "allowed_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "allowed_security_groups" {
  type    = list(string)
  default = []
}

variable "vpc_security_group_ids" {
  type    = list(string)
  default = []
}

variable "cluster_parameter_group" {
  type = object({
    family      = string
    description = optional(string)
    parameters = optional(list(object({
      name         = string
      value        = string
      apply_method = optional(string, "immediate")
    })), [])
  })
  default = null
}

variable "db_cluster_parameter_group_name" {
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

variable "deletion_protection" {
  type    = bool
  default = null
}

variable "backup_retention_period" {
  type    = number
  default = null
}

variable "preferred_backup_window" {
  type    = string
  default = "02:00-03:00"
}

variable "preferred_maintenance_window" {
  type    = string
  default = "sun:05:00-sun:06:00"
}

variable "skip_final_snapshot" {
  type    = bool
  default = false
}

variable "enabled_cloudwatch_logs_exports" {
  type    = list(string)
  default = []
}

variable "iam_database_authentication_enabled" {
  type    = bool
  default = null
}

variable "performance_insights_enabled" {
  type    = bool
  default = null
}

variable "monitoring_interval" {
  type    = number
  default = 0
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "cluster_tags" {
  type    = map(string)
  default = {}
}
