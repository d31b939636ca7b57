variable "name" {
  type = string
}

variable "engine" {
  type    = string
  default = "valkey"
}

variable "engine_version" {
  type    = string
  default = "7.2"
}

variable "node_type" {
  type    = string
  default = "cache.r7g.large"
}

variable "cluster_mode" {
  description = "Sharding configuration; num_node_groups > 1 enables cluster mode."
  type = object({
    num_node_groups         = number
    replicas_per_node_group = number
  })
  default = {
    num_node_groups         = 1
    replicas_per_node_group = 2
  }

  validation {
    condition     = var.cluster_mode.num_node_groups >= 1 && var.cluster_mode.replicas_per_node_group <= 5
    error_message = "At least one node group and at most five replicas per node group are supported."
  }
}

variable "subnet_ids" {
  type = list(string)
}

variable "security_group_ids" {
  type = list(string)
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "snapshot_retention_limit" {
  type    = number
  default = 7
}

variable "notification_topic_arn" {
  type    = string
  default = ""
}

variable "tags" {
  type    = map(string)
  default = {}
}
