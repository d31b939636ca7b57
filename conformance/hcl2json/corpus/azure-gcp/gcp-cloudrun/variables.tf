variable "project_id" { type = string }
variable "region" { type = string }

variable "service_name" {
  type = string

  validation {
    condition     = can(regex("^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$", var.service_name))
    error_message = "Cloud Run service names must be lowercase, up to 49 characters."
  }
}

variable "image" {
  type = string
}

variable "containers" {
  description = "Optional sidecars in addition to the main container."
  type = list(object({
    name  = string
    image = string
    args  = optional(list(string), [])
    port  = optional(number)
  }))
  default = []
}

variable "env" {
  type    = map(string)
  default = {}
}

variable "secret_env" {
  description = "ENV_NAME => { secret, version }"
  type = map(object({
    secret  = string
    version = optional(string, "latest")
  }))
  default = {}
}

variable "secret_volumes" {
  type = map(object({
    secret     = string
    mount_path = string
    items = optional(list(object({
      version = string
      path    = string
      mode    = optional(number, 256) # 0400
    })), [])
  }))
  default = {}
}

variable "scaling" {
  type = object({
    min = optional(number, 0)
    max = optional(number, 20)
  })
  default = {}
}

variable "resources" {
  type = object({
    cpu               = optional(string, "1")
    memory            = optional(string, "512Mi")
    cpu_idle          = optional(bool, true)
    startup_cpu_boost = optional(bool, true)
  })
  default = {}
}

variable "vpc_access" {
  type = object({
    network    = string
    subnetwork = string
    egress     = optional(string, "PRIVATE_RANGES_ONLY")
    tags       = optional(list(string), [])
  })
  default = null
}

variable "cloudsql_instances" {
  type    = list(string)
  default = []
}

variable "ingress" {
  type    = string
  default = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"
}

variable "invokers" {
  type    = list(string)
  default = []
}
