variable "name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "sku" {
  type = object({
    name     = string           # Basic | Standard | Premium
    family   = string           # C | P
    capacity = number
  })
  default = {
    name     = "Premium"
    family   = "P"
    capacity = 1
  }

  validation {
    condition = (
      (var.sku.name == "Premium" && var.sku.family == "P") ||
      (var.sku.name != "Premium" && var.sku.family == "C")
    )
    error_message = "Premium SKUs use family P; Basic/Standard use family C."
  }
}

variable "shard_count" {
  type    = number
  default = null
}

variable "zones" {
  type    = list(string)
  default = ["1", "2"]
}

variable "private_endpoint" {
  type = object({
    subnet_id           = string
    private_dns_zone_id = string
  })
  default = null
}

variable "patch_schedule" {
  type = list(object({
    day_of_week    = string
    start_hour_utc = number
  }))
  default = [
    { day_of_week = "Saturday", start_hour_utc = 2 },
    { day_of_week = "Sunday", start_hour_utc = 2 },
  ]
}

variable "firewall_rules" {
  type    = map(object({ start_ip = string, end_ip = string }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
