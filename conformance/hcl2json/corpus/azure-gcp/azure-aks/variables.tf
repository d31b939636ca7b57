variable "cluster_name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "kubernetes_version" {
  type    = string
  default = "1.29"
}

variable "sku_tier" {
  type    = string
  default = "Standard"
}

variable "node_subnet_id" {
  type = string
}

variable "pod_cidr" {
  type    = string
  default = "192.168.0.0/16"
}

variable "service_cidr" {
  type    = string
  default = "172.16.0.0/16"
}

variable "log_analytics_workspace_id" {
  type = string
}

variable "admin_group_object_ids" {
  type    = list(string)
  default = []
}

variable "api_server_authorized_ip_ranges" {
  type    = list(string)
  default = null
}

variable "system_pool" {
  type = object({
    vm_size    = optional(string, "Standard_D4ds_v5")
    min_count  = optional(number, 2)
    max_count  = optional(number, 5)
    zones      = optional(list(string), ["1", "2", "3"])
    os_sku     = optional(string, "AzureLinux")
    max_pods   = optional(number, 50)
  })
  default = {}
}

variable "user_pools" {
  description = "Additional user node pools keyed by pool name (max 12 chars, lowercase alphanumeric)."
  type = map(object({
    vm_size             = string
    min_count           = optional(number, 0)
    max_count           = optional(number, 10)
    priority            = optional(string, "Regular")
    eviction_policy     = optional(string)
    spot_max_price      = optional(number, -1)
    os_disk_size_gb     = optional(number, 128)
    os_disk_type        = optional(string, "Ephemeral")
    zones               = optional(list(string), ["1", "2", "3"])
    labels              = optional(map(string), {})
    taints              = optional(list(string), [])
    max_surge           = optional(string, "33%")
    mode                = optional(string, "User")
  }))
  default = {}

  validation {
    condition     = alltrue([for k in keys(var.user_pools) : can(regex("^[a-z][a-z0-9]{0,11}$", k))])
    error_message = "Node pool names must be 1-12 lowercase alphanumeric characters starting with a letter."
  }

  validation {
    condition = alltrue([
      for p in values(var.user_pools) :
      p.priority != "Spot" || p.eviction_policy != null
    ])
    error_message = "Spot pools must set eviction_policy."
  }
}

variable "maintenance_window" {
  type = object({
    day        = string
    start_hour = number
    duration   = optional(number, 4)
  })
  default = {
    day        = "Sunday"
    start_hour = 2
  }
}

variable "tags" {
  type    = map(string)
  default = {}
}
