variable "enable_bastion" {
  description = "Create a bastion host (count-based module toggle)."
  type        = bool
  default     = false
}

variable "preview_environments" {
  description = "Ephemeral preview environments, one per open pull request."
  type        = set(string)
  default     = []

  validation {
    condition     = alltrue([for p in var.preview_environments : can(regex("^pr-[0-9]+$", p))])
    error_message = "Preview environment names must look like pr-<number>."
  }
}

variable "database" {
  type = object({
    instance_class = optional(string, "db.t4g.small")
    storage_gb     = optional(number, 20)
    replicas       = optional(number, 0)
  })
  default = {}
}

variable "cidr" {
  type    = string
  default = "10.60.0.0/16"
}
