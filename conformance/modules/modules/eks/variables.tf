variable "create" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "name" {
  type = string
}

variable "kubernetes_version" {
  type    = string
  default = null
}

variable "authentication_mode" {
  type    = string
  default = "API_AND_CONFIG_MAP"
}

variable "enabled_log_types" {
  type    = list(string)
  default = ["audit", "api", "authenticator"]
}

variable "log_retention_in_days" {
  type    = number
  default = 90
}

variable "vpc_id" {
  type    = string
  default = null
}

variable "subnet_ids" {
  type    = list(string)
  default = []
}

variable "control_plane_subnet_ids" {
  type    = list(string)
  default = []
}

variable "additional_security_group_ids" {
  type    = list(string)
  default = []
}

variable "cluster_security_group_ingress_rules" {
  type    = any
  default = {}
}

variable "endpoint_public_access" {
  type    = bool
  default = false
}

variable "endpoint_public_access_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

variable "ip_family" {
  type    = string
  default = null
}

variable "service_ipv4_cidr" {
  type    = string
  default = null
}

variable "encryption_config" {
  type = object({
    key_arn   = string
    resources = optional(list(string), ["secrets"])
  })
  default = null
}

variable "create_iam_role" {
  type    = bool
  default = true
}

variable "iam_role_arn" {
  type    = string
  default = null
}

variable "addons" {
  description = "Add-ons by name; each value may set addon_version, configuration_values, service_account_role_arn."
  type        = any
  default     = {}
}

variable "access_entries" {
  type    = any
  default = {}
}

variable "managed_node_groups" {
  type = map(object({
    name           = optional(string)
    subnet_ids     = optional(list(string))
    instance_types = optional(list(string), ["m6i.large"])
    capacity_type  = optional(string, "ON_DEMAND")
    ami_type       = optional(string, "AL2023_x86_64_STANDARD")
    min_size       = optional(number, 1)
    max_size       = optional(number, 3)
    desired_size   = optional(number)
    disk_size      = optional(number)
    labels         = optional(map(string))
    taints = optional(map(object({
      key    = string
      value  = optional(string)
      effect = string
    })), {})
    tags = optional(map(string), {})
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "cluster_tags" {
  type    = map(string)
  default = {}
}
