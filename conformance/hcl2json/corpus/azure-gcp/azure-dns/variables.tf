variable "resource_group_name" {
  type = string
}

variable "zone_name" {
  type = string
}

variable "default_ttl" {
  type    = number
  default = 3600
}

# Records are described in a single flat list for readability. The module
# groups them by (type, name) before creating resources.
variable "records" {
  type = list(object({
    type   = string
    name   = string
    ttl    = optional(number)
    values = list(string)
  }))
  default = []

  validation {
    condition     = alltrue([for r in var.records : contains(["A", "AAAA", "CNAME", "TXT", "MX", "CAA", "SRV"], r.type)])
    error_message = "Unsupported record type."
  }
}

variable "child_zones" {
  description = "Child zone name => list of NS servers to delegate to."
  type        = map(list(string))
  default     = {}
}

variable "private_zones" {
  type = map(object({
    vnet_ids             = map(string)
    registration_enabled = optional(bool, false)
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
