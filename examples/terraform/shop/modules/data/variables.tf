variable "name_prefix" {
  description = "Prefix for resource names, e.g. brightcart-prod."
  type        = string
}

variable "vpc_id" {
  description = "VPC that the data stores live in."
  type        = string
}

variable "data_subnet_ids" {
  description = "Isolated data subnets (one per AZ) for the DB and cache subnet groups."
  type        = list(string)
}

variable "azs" {
  description = "Availability zones of the data subnets, used to spread instances and cache nodes."
  type        = list(string)
}

variable "dr_region" {
  description = "Region that application secrets are replicated to."
  type        = string
}

variable "engine_version" {
  description = "Aurora PostgreSQL engine version (major.minor)."
  type        = string
  default     = "16.4"
}

variable "instance_class" {
  description = "Instance class of the Aurora instances."
  type        = string
  default     = "db.r7g.large"
}

variable "instance_count" {
  description = "Number of Aurora instances: the first is the writer, the rest are readers in other AZs."
  type        = number
  default     = 2
}

variable "database_name" {
  description = "Name of the initial database."
  type        = string
  default     = "shop"
}

variable "master_username" {
  description = "Master user name; the password is generated and kept in Secrets Manager by RDS."
  type        = string
  default     = "shop_admin"
}

variable "backup_retention_days" {
  description = "Days of Aurora automated backups (point-in-time restore window)."
  type        = number
  default     = 14
}

variable "cache_engine_version" {
  description = "Valkey engine version of the cache."
  type        = string
  default     = "8.0"
}

variable "cache_node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.r7g.large"
}

variable "cache_node_count" {
  description = "Number of cache nodes (primary plus replicas); at least two for automatic failover."
  type        = number
  default     = 2

  validation {
    condition     = var.cache_node_count >= 2 && var.cache_node_count <= 6
    error_message = "cache_node_count must be between 2 and 6."
  }
}

variable "backup_tag" {
  description = "Tag that enrols a resource in the AWS Backup plan."
  type = object({
    key   = string
    value = string
  })
}
