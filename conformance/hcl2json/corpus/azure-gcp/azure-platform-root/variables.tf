variable "subscription_ids" {
  type = object({
    workload     = string
    connectivity = string
    management   = string
  })
}

variable "environment" {
  type = string
  validation {
    condition     = contains(["dev", "test", "prod"], var.environment)
    error_message = "environment must be dev, test or prod."
  }
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "owners" {
  type = list(object({
    email     = string
    object_id = string
    team      = string
  }))
}

variable "regions" {
  description = "Additional regional stamps."
  type = map(object({
    location      = string
    address_space = string
    enable_aks    = optional(bool, false)
  }))
  default = {}
}
