variable "name" {
  description = "Prefix for resource names: lowercase letters, digits and hyphens. The key alias is alias/<name>."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$", var.name))
    error_message = "name must be 1-40 lowercase letters, digits or hyphens, not starting or ending with a hyphen."
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

variable "description" {
  description = "Description of the key: what it protects."
  type        = string

  validation {
    condition     = length(var.description) > 0 && length(var.description) <= 8192
    error_message = "description must be 1 to 8192 characters."
  }
}

variable "multi_region" {
  description = "Create the key as a multi-Region primary key, so that replicas can be made in other regions (with replica_of). Ignored for a replica, which is always multi-Region."
  type        = bool
  default     = false
}

variable "replica_of" {
  description = "ARN of a multi-Region primary key (key id mrk-...). When set, this module creates a replica of that key in the provider's region instead of a new key; the replica shares the primary's key material and rotation."
  type        = string
  default     = null

  validation {
    condition     = var.replica_of == null || can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/mrk-[0-9a-f]{32}$", var.replica_of))
    error_message = "replica_of must be null or the ARN of a multi-Region key (arn:aws:kms:<region>:<account>:key/mrk-...)."
  }
}

variable "deletion_window_days" {
  description = "Waiting period, in days, between scheduling the deletion of the key and its deletion (7 to 30)."
  type        = number
  default     = 30

  validation {
    condition     = var.deletion_window_days >= 7 && var.deletion_window_days <= 30 && floor(var.deletion_window_days) == var.deletion_window_days
    error_message = "deletion_window_days must be a whole number from 7 to 30."
  }
}

variable "is_replica" {
  description = "Whether this is a replica of replica_of. Set it when replica_of comes from another module (only known after apply); null derives it from replica_of."
  type        = bool
  default     = null
}
