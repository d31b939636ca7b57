variable "name_prefix" {
  description = "Prefix for resource names, e.g. brightcart-prod."
  type        = string
}

variable "vpc_cidr" {
  description = "IPv4 CIDR block of the VPC (a /16)."
  type        = string
}

variable "azs" {
  description = "Availability zones; one public, one private and one data subnet is created in each."
  type        = list(string)
}

variable "flow_log_retention" {
  description = "Days to keep VPC flow logs in CloudWatch Logs."
  type        = number
  default     = 90
}

variable "flow_log_traffic_type" {
  description = "Traffic captured by the VPC flow log: ACCEPT, REJECT or ALL."
  type        = string
  default     = "ALL"

  validation {
    condition     = contains(["ACCEPT", "REJECT", "ALL"], var.flow_log_traffic_type)
    error_message = "flow_log_traffic_type must be ACCEPT, REJECT or ALL."
  }
}
