variable "trail_name" {
  type    = string
  default = "organization-trail"
}

variable "is_organization_trail" {
  type    = bool
  default = true
}

variable "kms_key_arn" {
  type = string
}

variable "log_retention_days" {
  type    = number
  default = 365

  validation {
    condition = contains(
      [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653],
      var.log_retention_days
    )
    error_message = "log_retention_days must be one of the values supported by CloudWatch Logs."
  }
}

variable "data_event_buckets" {
  description = "S3 bucket ARNs for which object-level data events are recorded."
  type        = list(string)
  default     = []
}

variable "security_alarm_topic_arn" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}
