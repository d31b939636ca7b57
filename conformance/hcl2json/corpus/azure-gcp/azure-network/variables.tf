# -----------------------------------------------------------------------------
# Core inputs
# -----------------------------------------------------------------------------

variable "name_prefix" {
  description = "Short prefix used for every resource created by this module."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,14}$", var.name_prefix))
    error_message = "The name_prefix must start with a letter, be lowercase, and be 2-15 characters long."
  }
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "address_space" {
  description = "CIDR blocks assigned to the virtual network."
  type        = list(string)
  default     = ["10.40.0.0/16"]

  validation {
    condition     = alltrue([for cidr in var.address_space : can(cidrhost(cidr, 0))])
    error_message = "Every entry in address_space must be a valid CIDR block."
  }
}

variable "subnets" {
  description = <<-EOT
    Map of subnets keyed by logical name. Each subnet may optionally carry a
    service delegation (e.g. for PostgreSQL flexible server or container apps)
    and a list of service endpoints.
  EOT
  type = map(object({
    address_prefixes                          = list(string)
    service_endpoints                         = optional(list(string), [])
    private_endpoint_network_policies_enabled = optional(bool, true)
    attach_nat_gateway                        = optional(bool, true)
    attach_nsg                                = optional(bool, true)
    delegation = optional(object({
      name    = string
      service = string
      actions = optional(list(string), ["Microsoft.Network/virtualNetworks/subnets/join/action"])
    }))
  }))

  default = {
    app = {
      address_prefixes  = ["10.40.1.0/24"]
      service_endpoints = ["Microsoft.Storage", "Microsoft.KeyVault"]
    }
    data = {
      address_prefixes = ["10.40.2.0/24"]
      delegation = {
        name    = "pgflex"
        service = "Microsoft.DBforPostgreSQL/flexibleServers"
      }
    }
    private-endpoints = {
      address_prefixes                          = ["10.40.3.0/24"]
      private_endpoint_network_policies_enabled = false
      attach_nat_gateway                        = false
    }
  }
}

variable "nsg_rules" {
  description = "Additional inbound/outbound security rules merged with the defaults."
  type = list(object({
    name                         = string
    priority                     = number
    direction                    = optional(string, "Inbound")
    access                       = optional(string, "Allow")
    protocol                     = optional(string, "Tcp")
    source_port_range            = optional(string, "*")
    destination_port_ranges      = optional(list(string))
    destination_port_range       = optional(string)
    source_address_prefixes      = optional(list(string))
    source_address_prefix        = optional(string)
    destination_address_prefix   = optional(string, "VirtualNetwork")
    description                  = optional(string)
  }))
  default = []

  validation {
    condition = alltrue([
      for r in var.nsg_rules : r.priority >= 100 && r.priority <= 4096
    ])
    error_message = "NSG rule priorities must be between 100 and 4096."
  }

  validation {
    condition     = length(distinct([for r in var.nsg_rules : r.priority])) == length(var.nsg_rules)
    error_message = "NSG rule priorities must be unique."
  }
}

variable "nat_gateway" {
  type = object({
    enabled                 = bool
    idle_timeout_in_minutes = optional(number, 10)
    zones                   = optional(list(string), ["1"])
    public_ip_count         = optional(number, 1)
  })
  default = {
    enabled = true
  }
}

variable "dns_servers" {
  type     = list(string)
  default  = null
  nullable = true
}
