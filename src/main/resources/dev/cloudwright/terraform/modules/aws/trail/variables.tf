variable "name" {
  description = "Prefix for resource names: lowercase letters, digits and hyphens. The trail is named <name>."
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

variable "s3_bucket_name" {
  description = "Name of the log bucket, in the provider's region, that receives the trail's log and digest files (under AWSLogs/<account>/). Its bucket policy must let cloudtrail.amazonaws.com call s3:GetBucketAcl on the bucket and s3:PutObject on AWSLogs/<account>/* with s3:x-amz-acl = bucket-owner-full-control (the s3-bucket module does this with allow_cloudtrail = true)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.s3_bucket_name))
    error_message = "s3_bucket_name must be a valid S3 bucket name (3-63 lowercase letters, digits, dots and hyphens)."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the log files, digest files and the CloudWatch Logs group. It must be in the trail's home region (the provider's region), like the bucket and the log group, and its policy must let cloudtrail.amazonaws.com and logs.<region>.amazonaws.com use it (the kms module's policy does)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be the ARN of a KMS key (arn:aws:kms:<region>:<account>:key/<id>)."
  }
}

variable "data_events" {
  description = "Also record data events: S3 object-level reads and writes on every bucket but s3_bucket_name, and Lambda invocations (billed per event)."
  type        = bool
  default     = false
}

variable "log_retention_days" {
  description = "Retention, in days, of the CloudWatch Logs copy of the trail (a value CloudWatch Logs accepts). The S3 copy follows the bucket's lifecycle rules."
  type        = number
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653."
  }
}
