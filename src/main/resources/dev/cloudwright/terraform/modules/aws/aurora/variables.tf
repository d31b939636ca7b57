variable "name" {
  description = "Prefix for resource names and the cluster identifier: lowercase letters, digits and hyphens, starting with a letter. Instances are named <name>-1, <name>-2, ..."
  type        = string

  validation {
    condition     = can(regex("^[a-z]([a-z0-9-]{0,48}[a-z0-9])?$", var.name)) && !strcontains(var.name, "--")
    error_message = "name must be 1-50 lowercase letters, digits or hyphens, start with a letter, not end with a hyphen and not contain two hyphens in a row (RDS identifier rules)."
  }
}

variable "tags" {
  description = "Tags applied to every taggable resource (Name and cloudwright:component are added)."
  type        = map(string)
  default     = {}
}

variable "component_id" {
  description = "Id of the design component this module instance implements (tag cloudwright:component)."
  type        = string
}

variable "engine" {
  description = "Aurora engine: aurora-postgresql or aurora-mysql."
  type        = string

  validation {
    condition     = contains(["aurora-postgresql", "aurora-mysql"], var.engine)
    error_message = "engine must be aurora-postgresql or aurora-mysql."
  }
}

variable "engine_version" {
  description = "Engine version, e.g. 16.6 for aurora-postgresql or 8.0.mysql_aurora.3.08.2 for aurora-mysql; the cluster parameter group family is derived from its major version. Instances take the cluster's version; with automatic minor version upgrades on, a major version alone (e.g. 16) avoids drift."
  type        = string

  validation {
    condition     = can(regex("^[0-9]+(\\.[0-9]+)?(\\.[0-9A-Za-z_.]+)?$", var.engine_version))
    error_message = "engine_version must look like 16.6 (aurora-postgresql) or 8.0.mysql_aurora.3.08.2 (aurora-mysql)."
  }
}

variable "instance_class" {
  description = "Instance class of every cluster instance, e.g. db.r7g.large (db.serverless is not supported by this module)."
  type        = string

  validation {
    condition     = can(regex("^db\\.[a-z0-9]+\\.[a-z0-9]+$", var.instance_class))
    error_message = "instance_class must be an RDS instance class such as db.r7g.large."
  }
}

variable "instance_count" {
  description = "Number of instances: one writer and instance_count - 1 readers, spread over the zones of the subnets. A secondary cluster of a global database may have 0 (headless)."
  type        = number

  validation {
    condition     = var.instance_count >= 0 && var.instance_count <= 16 && floor(var.instance_count) == var.instance_count
    error_message = "instance_count must be a whole number between 0 and 16 (one writer and up to 15 readers)."
  }
}

variable "vpc_id" {
  description = "VPC of the cluster's security group."
  type        = string
}

variable "subnet_ids" {
  description = "Data subnets of the DB subnet group, in at least two availability zones."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must list at least two subnets (a DB subnet group spans at least two availability zones)."
  }
}

variable "client_security_group_ids" {
  description = "Security groups allowed to connect to the cluster on the engine port (5432 or 3306). No other ingress is allowed."
  type        = list(string)
  default     = []
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key in the cluster's region: storage, Performance Insights, the master user secret and the log groups are encrypted with it."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)."
  }
}

variable "backup_retention_days" {
  description = "Days automated backups (and point-in-time restore) are kept."
  type        = number
  default     = 35

  validation {
    condition     = var.backup_retention_days >= 1 && var.backup_retention_days <= 35 && floor(var.backup_retention_days) == var.backup_retention_days
    error_message = "backup_retention_days must be a whole number between 1 and 35."
  }
}

variable "audit_logging" {
  description = "Record database activity for audit (PCI DSS 10.2, HIPAA 164.312(b)) and export it to CloudWatch Logs: PostgreSQL loads pgaudit (DDL, role changes and writes; object-level reads through the rds_pgaudit role) and logs connections; MySQL uses its audit log. PostgreSQL also needs, once, in the database: CREATE EXTENSION pgaudit; (and CREATE ROLE rds_pgaudit; with grants on the tables to audit reads of)."
  type        = bool
  default     = false
}

variable "log_retention_days" {
  description = "Days the exported database logs (activity, errors, slow statements) are kept in CloudWatch Logs: a period CloudWatch Logs accepts, long enough for the audit-log retention of the compliance regimes in scope."
  type        = number
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "deletion_protection" {
  description = "Protect the cluster from deletion."
  type        = bool
  default     = true
}

variable "storage_type" {
  description = "Cluster storage configuration: \"\" for Aurora Standard, \"aurora-iopt1\" for Aurora I/O-Optimized."
  type        = string
  default     = ""

  validation {
    condition     = contains(["", "aurora-iopt1"], var.storage_type)
    error_message = "storage_type must be \"\" (Aurora Standard) or \"aurora-iopt1\" (I/O-Optimized)."
  }
}

variable "global_cluster_identifier" {
  description = "Identifier of the Aurora global database this cluster belongs to, or null for a regional cluster."
  type        = string
  default     = null
}

variable "is_secondary" {
  description = "The cluster is a secondary (read-only) member of the global database global_cluster_identifier: it has no master user and no database name of its own."
  type        = bool
  default     = false
}

variable "database_name" {
  description = "Name of the database created in the primary cluster (ignored for a secondary)."
  type        = string
  default     = "app"

  validation {
    condition     = can(regex("^[A-Za-z][A-Za-z0-9_]{0,62}$", var.database_name))
    error_message = "database_name must start with a letter and contain only letters, digits and underscores (at most 63 characters)."
  }
}

variable "master_username" {
  description = "Master user of the primary cluster; its password is generated and rotated by RDS in Secrets Manager (ignored for a secondary)."
  type        = string
  default     = "app_admin"

  validation {
    condition     = can(regex("^[A-Za-z][A-Za-z0-9_]{0,15}$", var.master_username)) && lower(var.master_username) != "rdsadmin"
    error_message = "master_username must start with a letter, contain only letters, digits and underscores (at most 16 characters) and not be the reserved name rdsadmin."
  }
}

variable "manage_master_password" {
  description = "Let RDS generate and rotate the master password in Secrets Manager. Set false for a cluster in a global database, where AWS does not support it; Terraform then sets a generated password write-only and stores it in a secret of this module."
  type        = bool
  default     = true
}

variable "master_user_replicas" {
  description = "Regions, with their KMS keys, to replicate the master user secret to, so that the application in a recovery region can read the credentials after a failover (a secret this module creates; RDS-managed secrets are not replicated)."
  type = list(object({
    region      = string
    kms_key_arn = string
  }))
  default = []
}

variable "managed_rpo_seconds" {
  description = "Aurora PostgreSQL global database: managed RPO (rds.global_db_rpo) in seconds, or null for none. Set, the primary makes commits wait whenever every secondary cluster lags more than this. Set it on every cluster of the global database, so it holds after a switchover."
  type        = number
  default     = null

  validation {
    condition     = var.managed_rpo_seconds == null || try(var.managed_rpo_seconds >= 20, false)
    error_message = "managed_rpo_seconds must be null or at least 20 (the smallest value rds.global_db_rpo accepts)."
  }
}
