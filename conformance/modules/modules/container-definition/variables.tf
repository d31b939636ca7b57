variable "region" {
  type    = string
  default = null
}

variable "service" {
  description = "Name of the service the container belongs to (for the log group name)."
  type        = string
  default     = "default"
}

variable "name" {
  type = string
}

variable "image" {
  type = string
}

variable "essential" {
  type    = bool
  default = true
}

variable "cpu" {
  type    = number
  default = null
}

variable "memory" {
  type    = number
  default = null
}

variable "memory_reservation" {
  type    = number
  default = null
}

variable "command" {
  type    = list(string)
  default = null
}

variable "entrypoint" {
  type    = list(string)
  default = null
}

variable "environment" {
  type    = map(string)
  default = {}
}

variable "secrets" {
  description = "Environment variable name => ARN of the secret or parameter."
  type        = map(string)
  default     = {}
}

variable "port_mappings" {
  type = list(object({
    name           = optional(string)
    container_port = number
    host_port      = optional(number)
    protocol       = optional(string, "tcp")
    app_protocol   = optional(string)
  }))
  default = []
}

variable "health_check" {
  type = object({
    command     = list(string)
    interval    = optional(number)
    timeout     = optional(number)
    retries     = optional(number)
    startPeriod = optional(number)
  })
  default = null
}

variable "readonly_root_filesystem" {
  type    = bool
  default = true
}

variable "enable_execute_command" {
  type    = bool
  default = false
}

variable "enable_cloudwatch_logging" {
  type    = bool
  default = true
}

variable "create_cloudwatch_log_group" {
  type    = bool
  default = true
}

variable "log_group_name" {
  type    = string
  default = null
}

variable "log_retention_in_days" {
  type    = number
  default = 30
}

variable "log_kms_key_id" {
  type    = string
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
