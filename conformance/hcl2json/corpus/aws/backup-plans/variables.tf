variable "vault_name" {
  type = string
}

variable "kms_key_arn" {
  type = string
}

variable "dr_kms_key_arn" {
  type    = string
  default = null
}

variable "plans" {
  description = "Backup plans keyed by name."
  type = map(object({
    schedule                 = string
    start_window_minutes     = optional(number, 60)
    completion_window_minutes = optional(number, 480)
    retention_days           = number
    cold_storage_after_days  = optional(number)
    continuous               = optional(bool, false)
    copy_to_dr               = optional(bool, false)
    dr_retention_days        = optional(number)
    selection_tags           = map(string)
    resource_arns            = optional(list(string), [])
  }))

  validation {
    condition = alltrue([
      for p in values(var.plans) :
      p.cold_storage_after_days == null ? true : p.retention_days >= p.cold_storage_after_days + 90
    ])
    error_message = "retention_days must be at least 90 days longer than cold_storage_after_days."
  }

  validation {
    condition     = alltrue([for p in values(var.plans) : can(regex("^cron\\(.+\\)$", p.schedule))])
    error_message = "schedule must be a cron() expression."
  }
}

variable "vault_lock" {
  type = object({
    min_retention_days  = number
    max_retention_days  = number
    changeable_for_days = optional(number)
  })
  default = null
}

variable "notification_topic_arn" {
  type    = string
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
