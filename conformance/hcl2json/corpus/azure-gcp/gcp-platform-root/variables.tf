variable "project_id" {
  type = string
}

variable "host_project_id" {
  type = string
}

variable "region" {
  type    = string
  default = "europe-west1"
}

variable "dr_region" {
  type    = string
  default = "europe-west4"
}

variable "environment" {
  type = string

  validation {
    condition     = can(regex("^(dev|stg|prd)$", var.environment))
    error_message = "environment must be one of dev, stg, prd."
  }
}

variable "services" {
  description = "Cloud Run services to deploy."
  type = map(object({
    image      = string
    public     = optional(bool, false)
    min        = optional(number, 0)
    max        = optional(number, 10)
    env        = optional(map(string), {})
    secrets    = optional(list(string), [])
    path_rules = optional(list(string), [])
  }))
  default = {}
}

variable "domain" {
  type = string
}

variable "team_groups" {
  type = map(object({
    group = string
    roles = list(string)
  }))
  default = {}
}
