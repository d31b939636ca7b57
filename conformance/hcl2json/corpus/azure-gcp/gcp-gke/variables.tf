variable "project_id" {
  type = string
}

variable "name" {
  type = string
}

variable "region" {
  type = string
}

variable "zones" {
  type    = list(string)
  default = null
}

variable "network" {
  type = object({
    network_self_link    = string
    subnetwork_self_link = string
    pods_range_name      = string
    services_range_name  = string
  })
}

variable "master_ipv4_cidr_block" {
  type    = string
  default = "172.16.0.0/28"
}

variable "master_authorized_networks" {
  type = list(object({
    cidr_block   = string
    display_name = string
  }))
  default = []
}

variable "release_channel" {
  type    = string
  default = "REGULAR"
}

variable "node_pools" {
  type = map(object({
    machine_type    = string
    min_count       = optional(number, 1)
    max_count       = optional(number, 3)
    disk_size_gb    = optional(number, 100)
    disk_type       = optional(string, "pd-balanced")
    spot            = optional(bool, false)
    image_type      = optional(string, "COS_CONTAINERD")
    labels          = optional(map(string), {})
    tags            = optional(list(string), [])
    taints = optional(list(object({
      key    = string
      value  = string
      effect = string
    })), [])
    guest_accelerator = optional(object({
      type  = string
      count = number
      gpu_driver_version = optional(string, "LATEST")
    }))
    max_surge       = optional(number, 1)
    max_unavailable = optional(number, 0)
  }))

  validation {
    condition = alltrue(flatten([
      for p in values(var.node_pools) : [
        for t in p.taints : contains(["NO_SCHEDULE", "PREFER_NO_SCHEDULE", "NO_EXECUTE"], t.effect)
      ]
    ]))
    error_message = "Taint effect must be NO_SCHEDULE, PREFER_NO_SCHEDULE or NO_EXECUTE."
  }
}

variable "workload_identity_bindings" {
  description = "KSA (namespace/name) => GSA account_id to create and bind."
  type = map(object({
    gsa_account_id = string
    roles          = list(string)
  }))
  default = {}
}

variable "database_encryption_key" {
  type    = string
  default = null
}

variable "labels" {
  type    = map(string)
  default = {}
}
