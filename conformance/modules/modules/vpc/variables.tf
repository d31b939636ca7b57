variable "create_vpc" {
  description = "Whether to create anything at all."
  type        = bool
  default     = true
}

variable "region" {
  description = "Region for every resource; null means the provider's region."
  type        = string
  default     = null
}

variable "name" {
  type    = string
  default = ""
}

variable "cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "azs" {
  description = "Zone names or zone ids, one per subnet index."
  type        = list(string)
  default     = []
}

variable "public_subnets" {
  type    = list(string)
  default = []
}

variable "private_subnets" {
  type    = list(string)
  default = []
}

variable "database_subnets" {
  type    = list(string)
  default = []
}

variable "public_subnet_names" {
  description = "Explicit names; subnets past the end of the list get a generated one."
  type        = list(string)
  default     = []
}

variable "private_subnet_names" {
  type    = list(string)
  default = []
}

variable "instance_tenancy" {
  type    = string
  default = null
}

variable "enable_dns_hostnames" {
  type    = bool
  default = true
}

variable "enable_dns_support" {
  type    = bool
  default = true
}

variable "enable_ipv6" {
  type    = bool
  default = false
}

variable "public_subnet_ipv6_prefixes" {
  type    = list(number)
  default = []
}

variable "map_public_ip_on_launch" {
  type    = bool
  default = false
}

variable "create_igw" {
  type    = bool
  default = true
}

variable "enable_nat_gateway" {
  type    = bool
  default = false
}

variable "single_nat_gateway" {
  type    = bool
  default = false
}

variable "one_nat_gateway_per_az" {
  type    = bool
  default = false
}

variable "create_database_subnet_group" {
  type    = bool
  default = true
}

variable "database_subnet_group_name" {
  type    = string
  default = null
}

variable "enable_flow_log" {
  type    = bool
  default = false
}

variable "flow_log_traffic_type" {
  type    = string
  default = "ALL"
}

variable "flow_log_retention_in_days" {
  type    = number
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "vpc_tags" {
  type    = map(string)
  default = {}
}

variable "public_subnet_tags" {
  type    = map(string)
  default = {}
}

variable "private_subnet_tags" {
  type    = map(string)
  default = {}
}

variable "database_subnet_tags" {
  type    = map(string)
  default = {}
}
