variable "project_id" {
  type = string
}

// Additive: role => list of members.
variable "project_iam_members" {
  type    = map(list(string))
  default = {}

  validation {
    condition = alltrue(flatten([
      for role, members in var.project_iam_members : [
        for m in members : can(regex("^(user|group|serviceAccount|domain|principal|principalSet):", m))
      ]
    ]))
    error_message = "Each member must be prefixed with user:, group:, serviceAccount:, domain:, principal: or principalSet:."
  }
}

// Authoritative per role. Use sparingly!
variable "project_iam_bindings" {
  type = map(object({
    members = list(string)
    condition = optional(object({
      title       = string
      expression  = string
      description = optional(string)
    }))
  }))
  default = {}
}

variable "service_accounts" {
  type = map(object({
    display_name  = optional(string)
    description   = optional(string)
    project_roles = optional(list(string), [])
    impersonators = optional(list(string), [])
  }))
  default = {}
}

variable "custom_roles" {
  type = map(object({
    title       = string
    description = optional(string, "")
    permissions = list(string)
    stage       = optional(string, "GA")
  }))
  default = {}
}

variable "temporary_access" {
  description = "Time-bound grants: member => { role, expires (RFC3339) }."
  type = map(object({
    role    = string
    expires = string
    reason  = string
  }))
  default = {}
}
