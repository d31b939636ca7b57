variable "name" {
  description = "Name of the table (and prefix for other names): lowercase letters, digits and hyphens."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{2,254}$", var.name))
    error_message = "name must be 3-255 lowercase letters, digits or hyphens, starting with a letter or digit."
  }
}

variable "tags" {
  description = "Tags applied to every taggable resource (Name and cloudwright:component are added); replicas inherit them."
  type        = map(string)
  default     = {}
}

variable "component_id" {
  description = "Id of the design component this module instance implements (tag cloudwright:component)."
  type        = string
}

variable "hash_key" {
  description = "Partition key attribute (type string)."
  type        = string
  default     = "pk"

  validation {
    condition     = length(var.hash_key) >= 1 && length(var.hash_key) <= 255
    error_message = "hash_key must be 1-255 characters."
  }
}

variable "range_key" {
  description = "Sort key attribute (type string); \"\" for a table with a partition key only."
  type        = string
  default     = "sk"

  validation {
    condition     = var.range_key == null || length(coalesce(var.range_key, "-")) <= 255
    error_message = "range_key must be at most 255 characters."
  }
}

variable "billing_mode" {
  description = "PAY_PER_REQUEST (on-demand) or PROVISIONED (read_capacity / write_capacity units)."
  type        = string
  default     = "PAY_PER_REQUEST"

  validation {
    condition     = contains(["PAY_PER_REQUEST", "PROVISIONED"], var.billing_mode)
    error_message = "billing_mode must be PAY_PER_REQUEST or PROVISIONED."
  }
}

variable "read_capacity" {
  description = "Provisioned read capacity units (only with billing_mode = PROVISIONED)."
  type        = number
  default     = 0

  validation {
    condition     = var.read_capacity >= 0 && floor(var.read_capacity) == var.read_capacity
    error_message = "read_capacity must be a whole number, 0 or more."
  }
}

variable "write_capacity" {
  description = "Provisioned write capacity units (only with billing_mode = PROVISIONED)."
  type        = number
  default     = 0

  validation {
    condition     = var.write_capacity >= 0 && floor(var.write_capacity) == var.write_capacity
    error_message = "write_capacity must be a whole number, 0 or more."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key in the table's region that encrypts the table."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)."
  }
}

variable "replicas" {
  description = "Global-table replicas: one per other region, each encrypted with the customer-managed key of its region. Replicas get point-in-time recovery and deletion protection too."
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

variable "ttl_attribute" {
  description = "Attribute holding each item's expiry time (epoch seconds) for time to live; \"\" turns TTL off."
  type        = string
  default     = "expires_at"
}
