variable "bucket_name" {
  type = string

  validation {
    condition = (
      length(var.bucket_name) >= 3 &&
      length(var.bucket_name) <= 63 &&
      can(regex("^[a-z0-9][a-z0-9.-]*[a-z0-9]$", var.bucket_name)) &&
      !can(regex("\\.\\.", var.bucket_name)) &&
      !can(cidrhost("${var.bucket_name}/32", 0))
    )
    error_message = "Bucket name must be 3-63 chars, lowercase, no consecutive dots, and not an IP address."
  }
}

variable "force_destroy" {
  type    = bool
  default = false
}

variable "versioning" {
  type    = bool
  default = true
}

variable "kms_key_arn" {
  description = "KMS key for SSE-KMS. When null, SSE-S3 (AES256) is used."
  type        = string
  default     = null
}

variable "lifecycle_rules" {
  type = list(object({
    id                                 = string
    enabled                            = optional(bool, true)
    prefix                             = optional(string)
    tags                               = optional(map(string), {})
    object_size_greater_than           = optional(number)
    transitions                        = optional(list(object({ days = number, storage_class = string })), [])
    noncurrent_transitions             = optional(list(object({ days = number, storage_class = string, newer_versions = optional(number) })), [])
    expiration_days                    = optional(number)
    noncurrent_expiration_days         = optional(number)
    abort_incomplete_multipart_days    = optional(number, 7)
  }))
  default = []
}

variable "replication" {
  type = object({
    destination_bucket_arn = string
    destination_kms_key_arn = optional(string)
    storage_class          = optional(string, "STANDARD_IA")
    prefixes               = optional(list(string), [""])
    replicate_deletes      = optional(bool, false)
  })
  default = null
}

variable "allowed_read_principals" {
  description = "IAM principal ARNs granted read access via the bucket policy."
  type        = list(string)
  default     = []
}

variable "cloudfront_distribution_arns" {
  type    = list(string)
  default = []
}

variable "cors_rules" {
  type = list(object({
    allowed_methods = list(string)
    allowed_origins = list(string)
    allowed_headers = optional(list(string), ["*"])
    expose_headers  = optional(list(string), [])
    max_age_seconds = optional(number, 3000)
  }))
  default = []
}

variable "object_lock_days" {
  type    = number
  default = 0
}

variable "tags" {
  type    = map(string)
  default = {}
}
