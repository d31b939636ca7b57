variable "create_bucket" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "bucket" {
  type    = string
  default = null
}

variable "bucket_prefix" {
  type    = string
  default = null
}

variable "force_destroy" {
  type    = bool
  default = false
}

variable "object_lock_enabled" {
  type    = bool
  default = false
}

variable "control_object_ownership" {
  type    = bool
  default = true
}

variable "object_ownership" {
  type    = string
  default = "BucketOwnerEnforced"
}

variable "attach_public_policy" {
  description = "Whether to manage the bucket's public access block."
  type        = bool
  default     = true
}

variable "block_public_acls" {
  type    = bool
  default = true
}

variable "block_public_policy" {
  type    = bool
  default = true
}

variable "ignore_public_acls" {
  type    = bool
  default = true
}

variable "restrict_public_buckets" {
  type    = bool
  default = true
}

variable "versioning" {
  description = "Keys: enabled (bool) or status, and mfa_delete."
  type        = map(string)
  default     = {}
}

variable "server_side_encryption_configuration" {
  description = "kms_master_key_id (optional: SSE-S3 without it) and bucket_key_enabled."
  type        = any
  default     = {}
}

variable "logging" {
  type    = map(string)
  default = {}
}

variable "lifecycle_rule" {
  description = "List of rules: id, enabled, prefix, transition (one or a list), expiration, noncurrent_version_expiration."
  type        = any
  default     = []
}

variable "attach_deny_insecure_transport_policy" {
  type    = bool
  default = true
}

variable "cloudfront_distribution_arns" {
  description = "Distributions allowed to read objects through origin access control."
  type        = list(string)
  default     = []
}

variable "attach_policy" {
  type    = bool
  default = false
}

variable "policy" {
  type    = string
  default = null
}

variable "replication_configuration" {
  type = object({
    role = string
    rules = map(object({
      priority                  = optional(number, 0)
      prefix                    = optional(string, "")
      destination_bucket_arn    = string
      storage_class             = optional(string, "STANDARD")
      delete_marker_replication = optional(bool, true)
    }))
  })
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
