variable "name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "subnet_id" {
  type = string
}

variable "sku" {
  type    = string
  default = "Standard_D2s_v5"
}

variable "instances" {
  type = object({
    default = number
    minimum = number
    maximum = number
  })
  default = {
    default = 2
    minimum = 2
    maximum = 10
  }
}

variable "admin_ssh_public_key" {
  type = string
}

variable "app" {
  description = "Application package and runtime configuration."
  type = object({
    artifact_url = string
    port         = number
    env          = map(string)
    user         = optional(string, "app")
  })
}

variable "extra_packages" {
  type    = list(string)
  default = ["curl", "jq", "unzip"]
}

variable "scale_schedules" {
  type = map(object({
    days     = list(string)
    hour     = number
    minimum  = number
    capacity = number
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
