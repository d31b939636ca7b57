variable "region" {
  type    = string
  default = "us-east-1"
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "owner" {
  type    = string
  default = null
}

variable "cost_center" {
  type    = string
  default = null
}

variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "azs" {
  type    = list(string)
  default = ["us-east-1a"]
}

variable "nat_gateways" {
  description = "none, single or per-zone"
  type        = string
  default     = "none"

  validation {
    condition     = contains(["none", "single", "per-zone"], var.nat_gateways)
    error_message = "nat_gateways must be none, single or per-zone."
  }
}

variable "flow_log_retention_days" {
  type    = number
  default = null
}

variable "queues" {
  type     = list(string)
  default  = ["events"]
  nullable = false
}

variable "visibility_timeout" {
  type    = number
  default = 30
}

variable "queue_kms_key_id" {
  type    = string
  default = null
}
