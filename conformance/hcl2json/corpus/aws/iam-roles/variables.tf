variable "github_org" {
  type = string
}

variable "github_repos" {
  description = "repo => allowed refs (branches/environments) for the deploy role."
  type        = map(list(string))
  default = {
    "infrastructure" = ["refs/heads/main", "environment:production"]
    "web-frontend"   = ["refs/heads/main"]
  }
}

variable "permissions_boundary_arn" {
  type    = string
  default = null
}

variable "terraform_state_bucket" {
  type = string
}

variable "terraform_lock_table" {
  type = string
}

variable "readonly_principals" {
  type    = list(string)
  default = []
}

variable "break_glass_users" {
  type    = set(string)
  default = []
}

variable "max_session_hours" {
  type    = number
  default = 1

  validation {
    condition     = var.max_session_hours >= 1 && var.max_session_hours <= 12
    error_message = "max_session_hours must be between 1 and 12."
  }
}

variable "tags" {
  type    = map(string)
  default = {}
}
