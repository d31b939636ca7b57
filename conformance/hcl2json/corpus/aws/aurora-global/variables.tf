variable "global_cluster_identifier" {
  type = string
}

variable "engine" {
  type    = string
  default = "aurora-postgresql"

  validation {
    condition     = contains(["aurora-postgresql", "aurora-mysql"], var.engine)
    error_message = "Engine must be aurora-postgresql or aurora-mysql."
  }
}

variable "engine_version" {
  type    = string
  default = "15.5"
}

variable "instance_class" {
  type    = string
  default = "db.r7g.large"
}

variable "primary" {
  type = object({
    instance_count     = number
    subnet_ids         = list(string)
    security_group_ids = list(string)
    kms_key_arn        = string
  })
}

variable "secondary" {
  type = object({
    enabled            = optional(bool, true)
    instance_count     = optional(number, 1)
    subnet_ids         = list(string)
    security_group_ids = list(string)
    kms_key_arn        = string
  })
}

variable "cluster_parameters" {
  type    = map(string)
  default = {}
}

variable "instance_parameters" {
  type    = map(string)
  default = {}
}

variable "serverless_v2_scaling" {
  description = "When set, instances use db.serverless with this scaling range."
  type = object({
    min_capacity = number
    max_capacity = number
  })
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
