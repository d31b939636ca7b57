variable "name" {
  description = "Prefix for resource names: lowercase letters, digits and hyphens (used for the Name tag; the secret itself is named secret_name)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$", var.name))
    error_message = "name must be 1-64 lowercase letters, digits or hyphens, not starting or ending with a hyphen."
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

variable "secret_name" {
  description = "Name of the secret, e.g. shop-prod/app-primary. Its value is not managed here: set it out of band (console, CLI or a pipeline), so it never enters Terraform state."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9/_+=.@-]{1,512}$", var.secret_name))
    error_message = "secret_name must be 1-512 characters of letters, digits and /_+=.@-."
  }
}

variable "description" {
  description = "Description of the secret: what it holds and who sets it."
  type        = string

  validation {
    condition     = length(var.description) <= 2048
    error_message = "description must be at most 2048 characters."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key in the secret's region that encrypts it."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)."
  }
}

variable "replicas" {
  description = "Regions the secret is replicated to, each encrypted with the customer-managed key of its region."
  type = list(object({
    region      = string
    kms_key_arn = string
  }))
  default = []

  validation {
    condition     = length(distinct([for r in var.replicas : r.region])) == length(var.replicas)
    error_message = "replicas must name each region at most once."
  }
}

variable "recovery_window_days" {
  description = "Days a deleted secret can still be restored: 0 deletes at once, otherwise 7 to 30."
  type        = number
  default     = 30

  validation {
    condition     = var.recovery_window_days == 0 || (var.recovery_window_days >= 7 && var.recovery_window_days <= 30 && floor(var.recovery_window_days) == var.recovery_window_days)
    error_message = "recovery_window_days must be 0 or a whole number between 7 and 30."
  }
}
