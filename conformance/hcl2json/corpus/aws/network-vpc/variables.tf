# ---------------------------------------------------------------------------
# Core network inputs
# ---------------------------------------------------------------------------

variable "name" {
  description = "Name prefix applied to every network resource."
  type        = string

  validation {
    condition     = length(var.name) > 2 && length(var.name) <= 24
    error_message = "The name must be between 3 and 24 characters long."
  }

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]*$", var.name))
    error_message = "The name may only contain lowercase letters, digits and hyphens, and must start with a letter."
  }
}

variable "cidr_block" {
  description = "Primary IPv4 CIDR block of the VPC."
  type        = string
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr_block, 0)) && tonumber(split("/", var.cidr_block)[1]) <= 20
    error_message = "cidr_block must be a valid IPv4 CIDR with a prefix length of /20 or larger."
  }
}

variable "availability_zones" {
  description = "Availability zones to spread subnets across. Leave empty to auto-detect."
  type        = list(string)
  default     = []
}

variable "az_count" {
  description = "How many AZs to use when availability_zones is empty."
  type        = number
  default     = 3

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 6 && floor(var.az_count) == var.az_count
    error_message = "az_count must be a whole number between 2 and 6."
  }
}

variable "subnet_newbits" {
  description = "Extra bits added to the VPC prefix for each subnet tier."
  type = object({
    public  = number
    private = number
    data    = number
  })
  default = {
    public  = 8
    private = 4
    data    = 8
  }
}

variable "nat_gateway_mode" {
  description = "One of: none, single, per_az."
  type        = string
  default     = "per_az"

  validation {
    condition     = contains(["none", "single", "per_az"], var.nat_gateway_mode)
    error_message = "nat_gateway_mode must be one of none, single or per_az."
  }
}

variable "enable_flow_logs" {
  type    = bool
  default = true
}

variable "flow_log_retention_days" {
  type    = number
  default = 90
}

variable "flow_log_traffic_type" {
  type    = string
  default = "ALL"
}

variable "gateway_endpoints" {
  description = "Gateway VPC endpoint services (short names)."
  type        = set(string)
  default     = ["s3", "dynamodb"]
}

variable "interface_endpoints" {
  description = "Interface endpoints keyed by short service name."
  type = map(object({
    private_dns = optional(bool, true)
    policy      = optional(string)
    subnet_tier = optional(string, "private")
  }))
  default = {
    ecr_api = {}
    ecr_dkr = {}
    logs    = {}
    sts     = { private_dns = true }
    ssm     = {}
  }
}

variable "tags" {
  description = "Additional tags for all resources."
  type        = map(string)
  default     = {}
}
