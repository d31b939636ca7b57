variable "project_id" {
  type = string
}

variable "network_name" {
  type = string
}

variable "routing_mode" {
  type    = string
  default = "GLOBAL"
}

variable "mtu" {
  type    = number
  default = 1460
}

variable "subnets" {
  description = "Subnetworks keyed by name."
  type = map(object({
    region                   = string
    ip_cidr_range            = string
    private_ip_google_access = optional(bool, true)
    purpose                  = optional(string)
    role                     = optional(string)
    secondary_ranges         = optional(map(string), {})
    flow_logs = optional(object({
      aggregation_interval = optional(string, "INTERVAL_5_SEC")
      flow_sampling        = optional(number, 0.5)
      metadata             = optional(string, "INCLUDE_ALL_METADATA")
    }))
  }))
}

variable "nat" {
  description = "Cloud NAT configuration per region."
  type = map(object({
    min_ports_per_vm          = optional(number, 64)
    max_ports_per_vm          = optional(number, 4096)
    nat_ip_count              = optional(number, 0) # 0 = auto-allocate
    log_filter                = optional(string, "ERRORS_ONLY")
    subnetworks               = optional(list(string)) # null = all subnets in region
  }))
  default = {}
}

variable "firewall_rules" {
  type = map(object({
    description             = optional(string)
    direction               = optional(string, "INGRESS")
    priority                = optional(number, 1000)
    action                  = optional(string, "allow")
    ranges                  = optional(list(string), [])
    source_tags             = optional(list(string))
    source_service_accounts = optional(list(string))
    target_tags             = optional(list(string))
    target_service_accounts = optional(list(string))
    rules = list(object({
      protocol = string
      ports    = optional(list(string))
    }))
    log = optional(bool, false)
  }))
  default = {}

  validation {
    condition     = alltrue([for r in values(var.firewall_rules) : contains(["allow", "deny"], r.action)])
    error_message = "Firewall rule action must be allow or deny."
  }
}
