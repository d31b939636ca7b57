variable "name" {
  description = "Prefix for resource names and the DB instance identifier: lowercase letters, digits and hyphens, starting with a letter."
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
  description = "Database engine: postgres or mysql."
  type        = string

  validation {
    condition     = contains(["postgres", "mysql"], var.engine)
    error_message = "engine must be postgres or mysql."
  }
}

variable "engine_version" {
  description = "Engine version, e.g. 16.6 (postgres) or 8.0.40 (mysql); the parameter group family is derived from its major version. With automatic minor version upgrades on, a major version alone (16, 8.0) avoids drift. Not sent for a read replica, which runs its source's version."
  type        = string

  validation {
    condition     = can(regex("^[0-9]+(\\.[0-9]+){0,2}$", var.engine_version))
    error_message = "engine_version must look like 16.6 (postgres) or 8.0.40 (mysql)."
  }
}

variable "instance_class" {
  description = "Instance class, e.g. db.m7g.large."
  type        = string

  validation {
    condition     = can(regex("^db\\.[a-z0-9]+\\.[a-z0-9]+$", var.instance_class))
    error_message = "instance_class must be an RDS instance class such as db.m7g.large."
  }
}

variable "allocated_storage" {
  description = "Allocated gp3 storage in GiB."
  type        = number

  validation {
    condition     = var.allocated_storage >= 20 && var.allocated_storage <= 65536 && floor(var.allocated_storage) == var.allocated_storage
    error_message = "allocated_storage must be a whole number of GiB between 20 and 65536."
  }
}

variable "max_allocated_storage" {
  description = "Upper limit in GiB for storage autoscaling; 0 turns storage autoscaling off."
  type        = number
  default     = 0

  validation {
    condition     = var.max_allocated_storage == 0 || (var.max_allocated_storage >= var.allocated_storage && var.max_allocated_storage <= 65536 && floor(var.max_allocated_storage) == var.max_allocated_storage)
    error_message = "max_allocated_storage must be 0 (no autoscaling) or a whole number of GiB between allocated_storage and 65536."
  }
}

variable "multi_az" {
  description = "Run a synchronous standby in a second availability zone (Multi-AZ instance deployment)."
  type        = bool
}

variable "vpc_id" {
  description = "VPC of the instance's (and the proxy's) security group."
  type        = string
}

variable "subnet_ids" {
  description = "Data subnets of the DB subnet group (and of the proxy), in at least two availability zones."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must list at least two subnets (a DB subnet group spans at least two availability zones)."
  }
}

variable "client_security_group_ids" {
  description = "Security groups allowed to connect on the engine port (5432 or 3306): to the instance directly, and to the proxy when there is one."
  type        = list(string)
  default     = []
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key in the instance's region: storage, Performance Insights, the master user secret and the log groups are encrypted with it. For a cross-region read replica this is the key of the replica's region."
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
  description = "Protect the instance from deletion."
  type        = bool
  default     = true
}

variable "proxy" {
  description = "Put an RDS Proxy in front of the instance (TLS required, IAM authentication of clients, the managed master secret towards the database). Not created for a read replica (is_replica), which has no secret of its own."
  type        = bool
  default     = false
}

variable "replicate_source_db" {
  description = "ARN of the source DB instance when this instance is a (cross-region) read replica (set is_replica = true with it); null for a primary instance with its own master user and database."
  type        = string
  default     = null

  validation {
    condition     = var.replicate_source_db == null || can(regex("^arn:aws[a-z-]*:rds:[a-z0-9-]+:[0-9]{12}:db:.+$", var.replicate_source_db))
    error_message = "replicate_source_db must be the ARN of a DB instance (arn:<partition>:rds:<region>:<account>:db:<identifier>)."
  }
}

variable "is_replica" {
  description = "This instance is a read replica of replicate_source_db. Must be true exactly when replicate_source_db is set: a plain flag, because the source ARN is usually known only after apply and cannot decide which resources exist."
  type        = bool
  default     = false
}

variable "database_name" {
  description = "Name of the database created in the instance (ignored for a read replica)."
  type        = string
  default     = "app"

  validation {
    condition     = can(regex("^[A-Za-z][A-Za-z0-9_]{0,62}$", var.database_name))
    error_message = "database_name must start with a letter and contain only letters, digits and underscores (at most 63 characters)."
  }
}

variable "master_username" {
  description = "Master user; its password is generated and rotated by RDS in Secrets Manager (ignored for a read replica)."
  type        = string
  default     = "app_admin"

  validation {
    condition     = can(regex("^[A-Za-z][A-Za-z0-9_]{0,15}$", var.master_username)) && lower(var.master_username) != "rdsadmin"
    error_message = "master_username must start with a letter, contain only letters, digits and underscores (at most 16 characters) and not be the reserved name rdsadmin."
  }
}

variable "manage_master_password" {
  description = "Let RDS generate and rotate the master password in Secrets Manager. Set false for an instance that has read replicas, where AWS does not support it; Terraform then sets a generated password write-only and stores it in a secret of this module."
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
