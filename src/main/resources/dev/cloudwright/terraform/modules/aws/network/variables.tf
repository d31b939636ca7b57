variable "name" {
  description = "Prefix for resource names: lowercase letters, digits and hyphens."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$", var.name))
    error_message = "name must be 1-40 lowercase letters, digits or hyphens, not starting or ending with a hyphen."
  }
}

variable "tags" {
  description = "Tags applied to every taggable resource (Name and cloudwright:component are added)."
  type        = map(string)
  default     = {}
}

variable "component_id" {
  description = "Id of the design component this module instance implements (tag cloudwright:component)."
  type        = string
}

variable "cidr" {
  description = "IPv4 CIDR block of the VPC, /16 to /21. Private subnets get 1/8 of it per zone, public and data subnets 1/64 each (at least /27, the smallest subnet a load balancer accepts)."
  type        = string

  validation {
    condition     = can(cidrhost(var.cidr, 0)) && try(tonumber(split("/", var.cidr)[1]) >= 16 && tonumber(split("/", var.cidr)[1]) <= 21, false)
    error_message = "cidr must be a valid IPv4 CIDR block with a prefix length between /16 and /21."
  }
}

variable "azs" {
  description = "Availability zones to spread the subnets over (names such as eu-west-1a), 1 to 6, in order of preference."
  type        = list(string)

  validation {
    condition     = length(var.azs) >= 1 && length(var.azs) <= 6 && length(distinct(var.azs)) == length(var.azs)
    error_message = "azs must list 1 to 6 distinct availability zones."
  }

  validation {
    condition     = alltrue([for az in var.azs : can(regex("^[a-z]{2}(-[a-z]+)+-[0-9][a-z]$", az))])
    error_message = "Each entry of azs must be an availability zone name such as eu-west-1a."
  }
}

variable "nat_gateways" {
  description = "NAT gateways for the private subnets: per_az (one per zone, zone-independent egress), single (one shared, cheaper) or none (no internet egress)."
  type        = string
  default     = "per_az"

  validation {
    condition     = contains(["per_az", "single", "none"], var.nat_gateways)
    error_message = "nat_gateways must be per_az, single or none."
  }
}

variable "gateway_endpoints" {
  description = "Gateway VPC endpoints to create and route from the private and data subnets: s3 and/or dynamodb."
  type        = list(string)
  default     = ["s3", "dynamodb"]

  validation {
    condition     = alltrue([for e in var.gateway_endpoints : contains(["s3", "dynamodb"], e)])
    error_message = "gateway_endpoints may only contain s3 and dynamodb."
  }
}

variable "flow_log_retention_days" {
  description = "Retention of the VPC flow log group in days (a value CloudWatch Logs accepts; 0 keeps logs forever)."
  type        = number
  default     = 365

  validation {
    condition     = contains([0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.flow_log_retention_days)
    error_message = "flow_log_retention_days must be one of the CloudWatch Logs retention periods (0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)."
  }
}

variable "kms_key_arn" {
  description = "ARN of the KMS key that encrypts the flow log group (its key policy must allow the CloudWatch Logs service)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID)."
  }
}
