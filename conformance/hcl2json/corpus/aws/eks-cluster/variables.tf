variable "cluster_name" {
  type = string
}

variable "kubernetes_version" {
  type    = string
  default = "1.30"

  validation {
    condition     = can(regex("^1\\.(2[7-9]|3[0-9])$", var.kubernetes_version))
    error_message = "Only Kubernetes 1.27 or newer is supported."
  }
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "control_plane_subnet_ids" {
  type    = list(string)
  default = []
}

variable "endpoint_public_access_cidrs" {
  type    = list(string)
  default = []
}

variable "cluster_log_types" {
  type    = list(string)
  default = ["api", "audit", "authenticator"]
}

variable "node_groups" {
  description = "Managed node groups."
  type = map(object({
    instance_types = list(string)
    capacity_type  = optional(string, "ON_DEMAND")
    ami_type       = optional(string, "AL2023_x86_64_STANDARD")
    disk_size      = optional(number, 50)
    min_size       = number
    max_size       = number
    desired_size   = optional(number)
    labels         = optional(map(string), {})
    taints = optional(list(object({
      key    = string
      value  = optional(string)
      effect = string
    })), [])
    max_unavailable_percentage = optional(number, 33)
  }))

  validation {
    condition = alltrue([
      for ng in values(var.node_groups) : ng.min_size <= ng.max_size
    ])
    error_message = "min_size must be <= max_size for every node group."
  }

  validation {
    condition = alltrue(flatten([
      for ng in values(var.node_groups) : [
        for t in ng.taints : contains(["NO_SCHEDULE", "NO_EXECUTE", "PREFER_NO_SCHEDULE"], t.effect)
      ]
    ]))
    error_message = "Taint effect must be NO_SCHEDULE, NO_EXECUTE or PREFER_NO_SCHEDULE."
  }
}

variable "irsa_roles" {
  description = "IAM roles for service accounts, keyed by role suffix."
  type = map(object({
    namespace       = string
    service_account = string
    policy_arns     = optional(list(string), [])
    inline_policy   = optional(string)
  }))
  default = {}
}

variable "admin_role_arns" {
  type    = list(string)
  default = []
}

variable "developer_role_arns" {
  type    = list(string)
  default = []
}

variable "map_users" {
  type = list(object({
    userarn  = string
    username = string
    groups   = list(string)
  }))
  default = []
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "addons" {
  type = map(object({
    version                  = optional(string)
    resolve_conflicts        = optional(string, "OVERWRITE")
    service_account_role_key = optional(string)
    configuration            = optional(any)
  }))
  default = {
    "vpc-cni"    = {}
    "coredns"    = {}
    "kube-proxy" = {}
  }
}

variable "tags" {
  type    = map(string)
  default = {}
}
