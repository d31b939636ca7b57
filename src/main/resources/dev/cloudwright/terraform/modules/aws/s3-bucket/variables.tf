variable "name" {
  description = "Prefix for names of the module's other resources (the replication role): lowercase letters, digits and hyphens."
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

variable "bucket_name" {
  description = "Globally unique name of the bucket."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name)) && !strcontains(var.bucket_name, "..")
    error_message = "bucket_name must be 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key in the bucket's region used for default encryption (SSE-KMS with an S3 Bucket Key)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)."
  }
}

variable "versioning" {
  description = "Keep every version of every object (needed for replication and object lock)."
  type        = bool
  default     = true
}

variable "lifecycle_rules" {
  description = "Lifecycle rules over the whole bucket: transitions to colder storage classes, expiry of current versions (expiration_days, 0 = never) and of noncurrent versions (noncurrent_expiration_days, 0 = never). Incomplete multipart uploads are always aborted after 7 days."
  type = list(object({
    id = string
    transitions = list(object({
      days          = number
      storage_class = string
    }))
    expiration_days            = number
    noncurrent_expiration_days = number
  }))
  default = []

  validation {
    condition     = length(distinct([for r in var.lifecycle_rules : r.id])) == length(var.lifecycle_rules) && alltrue([for r in var.lifecycle_rules : length(r.id) >= 1 && length(r.id) <= 255])
    error_message = "Each lifecycle rule needs an id of 1-255 characters, unique within the bucket."
  }

  validation {
    condition = alltrue(flatten([for r in var.lifecycle_rules : [for t in r.transitions :
      contains(["STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"], t.storage_class)
    ]]))
    error_message = "Transition storage classes must be STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER_IR, GLACIER or DEEP_ARCHIVE."
  }

  validation {
    condition = alltrue(flatten([for r in var.lifecycle_rules : [for t in r.transitions :
      t.days >= 0 && floor(t.days) == t.days && (!contains(["STANDARD_IA", "ONEZONE_IA"], t.storage_class) || t.days >= 30)
    ]]))
    error_message = "Transition days must be whole numbers, and at least 30 for STANDARD_IA and ONEZONE_IA."
  }

  validation {
    condition     = alltrue([for r in var.lifecycle_rules : coalesce(r.expiration_days, 0) >= 0 && coalesce(r.noncurrent_expiration_days, 0) >= 0])
    error_message = "expiration_days and noncurrent_expiration_days must be 0 (never) or a positive number of days."
  }

  # S3 rejects an expiry that is not later than a transition of the same rule, and transitions out of order.
  # https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html
  validation {
    condition = alltrue(flatten([for r in var.lifecycle_rules : [
      for i, t in r.transitions : (i == 0 || t.days > r.transitions[max(i - 1, 0)].days) && (coalesce(r.expiration_days, 0) == 0 || r.expiration_days > t.days)
    ]]))
    error_message = "Each rule's transitions must come in increasing days, and its expiration_days (when not 0) after every transition."
  }
}

variable "object_lock_mode" {
  description = "Default object lock retention mode (WORM): GOVERNANCE or COMPLIANCE; null for no object lock. Object lock can be turned on later for the versioned bucket, but never off again."
  type        = string
  default     = null

  validation {
    condition     = var.object_lock_mode == null || contains(["GOVERNANCE", "COMPLIANCE"], coalesce(var.object_lock_mode, "-"))
    error_message = "object_lock_mode must be GOVERNANCE, COMPLIANCE or null."
  }
}

variable "object_lock_days" {
  description = "Default retention in days of new object versions under object lock (needed when object_lock_mode is set)."
  type        = number
  default     = 0

  validation {
    condition     = var.object_lock_days >= 0 && var.object_lock_days <= 36500 && floor(var.object_lock_days) == var.object_lock_days
    error_message = "object_lock_days must be a whole number between 0 and 36500."
  }
}

variable "replication_enabled" {
  description = "Replicate to replication_destination_bucket_arn. Must be true exactly when that ARN is set: a plain flag, because the destination bucket's ARN usually comes from another module and may be known only after apply, so it cannot decide which resources exist."
  type        = bool
  default     = false
}

variable "replication_destination_bucket_arn" {
  description = "ARN of a versioned bucket (usually in another region) that every object is replicated to (with replication_enabled = true); null for no replication. Needs versioning = true."
  type        = string
  default     = null

  validation {
    condition     = var.replication_destination_bucket_arn == null || can(regex("^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", coalesce(var.replication_destination_bucket_arn, "-")))
    error_message = "replication_destination_bucket_arn must be an S3 bucket ARN (arn:<partition>:s3:::<bucket>)."
  }
}

variable "replication_destination_kms_key_arn" {
  description = "ARN of the customer-managed KMS key in the destination bucket's region that replicas are encrypted with (needed with replication_destination_bucket_arn)."
  type        = string
  default     = null

  validation {
    condition     = var.replication_destination_kms_key_arn == null || can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", coalesce(var.replication_destination_kms_key_arn, "-")))
    error_message = "replication_destination_kms_key_arn must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)."
  }
}

variable "replication_time_control" {
  description = "Use S3 Replication Time Control (99.99% of objects replicated within 15 minutes) with replication metrics."
  type        = bool
  default     = false
}

variable "cloudfront_distribution_arns" {
  description = "CloudFront distributions allowed to read objects through origin access control (their KMS key policy must let CloudFront decrypt too)."
  type        = list(string)
  default     = []
}

variable "allow_cloudtrail" {
  description = "Let CloudTrail trails of this account deliver log files (under AWSLogs/<account>/)."
  type        = bool
  default     = false
}

variable "allow_log_delivery" {
  description = "Make this a log bucket: let CloudWatch Logs vended log delivery (VPC flow logs, WAF) and AWS Config deliver into it (the bucket stays encrypted with the KMS key)."
  type        = bool
  default     = false
}

variable "allow_access_logs" {
  description = "Make this the destination of access logs: Elastic Load Balancing access logs, S3 server access logs and CloudFront standard logs (legacy). ELB and S3 access logs support only SSE-S3 default encryption, so such a bucket is encrypted with SSE-S3 instead of the KMS key (CloudTrail still encrypts its own log files with its key), and CloudFront's log delivery needs object ACLs (ownership BucketOwnerPreferred)."
  type        = bool
  default     = false
}
