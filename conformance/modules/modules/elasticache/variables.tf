variable "context" {
  description = "Label context of the caller (module.label.context); null-valued parts fall back to the defaults."
  type        = any
  default = {
    enabled     = true
    namespace   = null
    environment = null
    stage       = null
    name        = null
    delimiter   = null
    label_order = []
    attributes  = []
    tags        = {}
  }
}

variable "name" {
  type    = string
  default = null
}

variable "attributes" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "region" {
  type    = string
  default = null
}

variable "replication_group_id" {
  description = "Replication group id; \"\" uses the label id."
  type        = string
  default     = ""
}

variable "description" {
  type    = string
  default = null
}

variable "engine" {
  type    = string
  default = "redis"
}

variable "engine_version" {
  type    = string
  default = "7.1"
}

variable "family" {
  type    = string
  default = "redis7"
}

variable "instance_type" {
  type    = string
  default = "cache.t4g.small"
}

variable "port" {
  type    = number
  default = 6379
}

variable "cluster_size" {
  description = "Nodes when cluster mode is off."
  type        = number
  default     = 1
}

variable "cluster_mode_enabled" {
  type    = bool
  default = false
}

variable "num_node_groups" {
  type    = number
  default = 0
}

variable "replicas_per_node_group" {
  type    = number
  default = 0
}

variable "automatic_failover_enabled" {
  type    = bool
  default = false
}

variable "multi_az_enabled" {
  type    = bool
  default = false
}

variable "at_rest_encryption_enabled" {
  type    = bool
  default = true
}

variable "kms_key_id" {
  type    = string
  default = null
}

variable "transit_encryption_enabled" {
  type    = bool
  default = true
}

variable "snapshot_retention_limit" {
  type    = number
  default = 0
}

variable "snapshot_window" {
  type    = string
  default = null
}

variable "maintenance_window" {
  type    = string
  default = "wed:03:00-wed:04:00"
}

variable "apply_immediately" {
  type    = bool
  default = true
}

variable "parameter_group_name" {
  type    = string
  default = null
}

variable "parameters" {
  type = list(object({
    name  = string
    value = string
  }))
  default = []
}

variable "subnet_group_name" {
  type    = string
  default = null
}

variable "subnets" {
  type    = list(string)
  default = []
}

variable "vpc_id" {
  type    = string
  default = null
}

variable "create_security_group" {
  type    = bool
  default = true
}

variable "security_group_ids" {
  type    = list(string)
  default = []
}

variable "allowed_security_group_ids" {
  type    = list(string)
  default = []
}

variable "allowed_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "log_delivery_configuration" {
  type = list(object({
    destination      = string
    destination_type = string
    log_format       = string
    log_type         = string
  }))
  default = []
}
