variable "name" {
  description = "Prefix for resource names: lowercase letters, digits and hyphens. The vault and the plan are named <name>."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$", var.name))
    error_message = "name must be 1-40 lowercase letters, digits or hyphens, not starting or ending with a hyphen."
  }
}

variable "tags" {
  description = "Tags applied to every taggable resource (Name and cloudwright:component are added) and to the recovery points."
  type        = map(string)
  default     = {}
}

variable "component_id" {
  description = "Id of the design component this module instance implements (tag cloudwright:component)."
  type        = string
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the recovery points in the vault (resource types with independent AWS Backup encryption; others keep their source encryption)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be the ARN of a KMS key (arn:aws:kms:<region>:<account>:key/<id>)."
  }
}

variable "create_plan" {
  description = "Create the backup plan, its selection and the backup role (in the primary region). False: only the vault, for example as the copy destination in the secondary region."
  type        = bool
  default     = true
}

variable "schedule" {
  description = "Schedule of the backup rule, a cron() or rate() expression in UTC (at most one backup an hour)."
  type        = string
  default     = "cron(0 * * * ? *)"

  validation {
    condition     = can(regex("^(cron|rate)\\(.+\\)$", var.schedule))
    error_message = "schedule must be a cron(...) or rate(...) expression."
  }
}

variable "retention_days" {
  description = "Days the recovery points are kept in this vault. With continuous_backup the maximum is 35: AWS Backup keeps continuous (point-in-time) backups for at most 35 days."
  type        = number
  default     = 35

  validation {
    condition     = var.retention_days >= 1 && var.retention_days <= 36500 && floor(var.retention_days) == var.retention_days
    error_message = "retention_days must be a whole number from 1 to 36500."
  }

  validation {
    condition     = !var.continuous_backup || var.retention_days <= 35
    error_message = "retention_days must be at most 35 when continuous_backup is true (continuous backups are kept for at most 35 days)."
  }
}

variable "continuous_backup" {
  description = "Enable continuous backup (point-in-time restore) for the resource types that support it (Aurora, RDS, S3); other resource types get the scheduled snapshots."
  type        = bool
  default     = true
}

variable "resource_arns" {
  description = "ARNs of the resources to back up with the plan (databases, tables, buckets, file systems). Empty: the plan has no selection."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for arn in var.resource_arns : can(regex("^arn:aws[a-z-]*:[a-z0-9-]+:", arn))])
    error_message = "Each entry of resource_arns must be an ARN."
  }
}

variable "copy_destination_vault_arn" {
  description = "ARN of a backup vault (usually in the secondary region) that receives a copy of every recovery point. Null: no copy."
  type        = string
  default     = null

  validation {
    condition     = var.copy_destination_vault_arn == null || can(regex("^arn:aws[a-z-]*:backup:[a-z0-9-]+:[0-9]{12}:backup-vault:[A-Za-z0-9_.-]+$", var.copy_destination_vault_arn))
    error_message = "copy_destination_vault_arn must be null or a backup vault ARN (arn:aws:backup:<region>:<account>:backup-vault:<name>)."
  }
}

variable "copy_retention_days" {
  description = "Days the copies are kept in the destination vault (copies of continuous backups are snapshots, so more than 35 days is allowed). Must satisfy the destination vault's lock, if any."
  type        = number
  default     = 35

  validation {
    condition     = var.copy_retention_days >= 1 && var.copy_retention_days <= 36500 && floor(var.copy_retention_days) == var.copy_retention_days
    error_message = "copy_retention_days must be a whole number from 1 to 36500."
  }
}

variable "vault_lock_days" {
  description = "Vault Lock in compliance mode: the minimum number of days every recovery point in the vault is kept; nobody, the root user included, can delete it earlier. 0: no lock. The lock can be removed during a 3-day grace period after it is set and is immutable afterwards; recovery points (and copies into the vault) with a shorter retention are rejected."
  type        = number
  default     = 0

  validation {
    condition     = var.vault_lock_days >= 0 && var.vault_lock_days <= 36500 && floor(var.vault_lock_days) == var.vault_lock_days
    error_message = "vault_lock_days must be a whole number from 0 (no lock) to 36500."
  }

  validation {
    condition     = !var.create_plan || var.vault_lock_days <= var.retention_days
    error_message = "vault_lock_days must not exceed retention_days: the lock would reject the plan's own recovery points."
  }
}

variable "copy_schedule" {
  description = "Schedule of the cross-region copies when they are taken less often than the backups (a cron() expression in UTC): a rule of its own creates a snapshot on it and copies that one. Null: every backup is copied."
  type        = string
  default     = null

  validation {
    condition     = var.copy_schedule == null || can(regex("^cron\\(.+\\)$", var.copy_schedule))
    error_message = "copy_schedule must be null or a cron() expression."
  }
}
