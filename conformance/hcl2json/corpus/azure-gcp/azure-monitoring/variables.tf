variable "name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "retention_in_days" {
  type    = number
  default = 30

  validation {
    condition     = var.retention_in_days == 7 || (var.retention_in_days >= 30 && var.retention_in_days <= 730)
    error_message = "Retention must be 7, or between 30 and 730 days."
  }
}

variable "daily_quota_gb" {
  type    = number
  default = -1
}

variable "diagnostic_targets" {
  description = <<EOT
Resources to attach diagnostic settings to. Keyed by a friendly name.
If `log_categories` is null every category reported by the resource is
enabled (looked up via the azurerm_monitor_diagnostic_categories data source).
EOT
  type = map(object({
    resource_id    = string
    log_categories = optional(list(string))
    metrics        = optional(bool, true)
    dedicated      = optional(bool, false)
  }))
  default = {}
}

variable "role_assignments" {
  description = "Map of assignment key => { principal_id, role, scope? }."
  type = map(object({
    principal_id   = string
    role           = string
    scope          = optional(string)
    principal_type = optional(string, "Group")
    condition      = optional(string)
  }))
  default = {}
}

variable "alert_emails" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}
