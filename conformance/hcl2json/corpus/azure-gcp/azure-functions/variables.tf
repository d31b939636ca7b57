variable "name" {
  type        = string
  description = "Base name for the function app."
}

variable "resource_group_name" { type = string }
variable "location" { type = string }

variable "plan" {
  type = object({
    sku_name               = string
    worker_count           = optional(number, 1)
    zone_balancing_enabled = optional(bool, false)
    maximum_elastic_worker_count = optional(number)
  })
  default = {
    sku_name = "EP1"
  }

  validation {
    condition     = can(regex("^(Y1|EP[1-3]|P[0-3]v[23]|FC1)$", var.plan.sku_name))
    error_message = "Unsupported function plan sku."
  }
}

variable "runtime" {
  type = object({
    stack   = string
    version = string
  })
  default = {
    stack   = "python"
    version = "3.11"
  }

  validation {
    condition     = contains(["python", "node", "dotnet-isolated", "java", "powershell"], var.runtime.stack)
    error_message = "runtime.stack must be one of python, node, dotnet-isolated, java, powershell."
  }
}

variable "app_settings" {
  type    = map(string)
  default = {}
}

variable "key_vault_references" {
  description = "App setting name => Key Vault secret URI."
  type        = map(string)
  default     = {}
}

variable "vnet_integration_subnet_id" {
  type    = string
  default = null
}

variable "application_insights_connection_string" {
  type      = string
  sensitive = true
}

variable "ip_restrictions" {
  type = list(object({
    name       = string
    ip_address = optional(string)
    service_tag = optional(string)
    priority   = number
    action     = optional(string, "Allow")
  }))
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}
