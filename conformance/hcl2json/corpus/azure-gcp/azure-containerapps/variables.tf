variable "environment_name" { type = string }
variable "resource_group_name" { type = string }
variable "location" { type = string }

variable "infrastructure_subnet_id" {
  type    = string
  default = null
}

variable "log_analytics_workspace_id" {
  type = string
}

variable "registry" {
  type = object({
    server      = string
    identity_id = string
  })
}

variable "apps" {
  type = map(object({
    image         = string
    cpu           = optional(number, 0.5)
    memory        = optional(string, "1Gi")
    min_replicas  = optional(number, 1)
    max_replicas  = optional(number, 5)
    target_port   = optional(number)
    external      = optional(bool, false)
    revision_mode = optional(string, "Single")
    env           = optional(map(string), {})
    secrets       = optional(map(string), {})   # name => key vault secret id
    http_scale_concurrency = optional(number, 50)
    queue_scale = optional(object({
      queue_name   = string
      queue_length = optional(number, 20)
      secret_name  = string
    }))
    command = optional(list(string))
  }))

  validation {
    condition     = alltrue([for a in values(var.apps) : contains([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 4], a.cpu)])
    error_message = "cpu must be one of the supported Container Apps increments."
  }
}

variable "workload_profiles" {
  type = list(object({
    name                  = string
    workload_profile_type = string
    minimum_count         = number
    maximum_count         = number
  }))
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}
