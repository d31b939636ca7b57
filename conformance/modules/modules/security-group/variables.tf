variable "create" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "name" {
  type    = string
  default = null
}

variable "use_name_prefix" {
  type    = bool
  default = true
}

variable "description" {
  type    = string
  default = null
}

variable "vpc_id" {
  description = "VPC of the group; null means the region's default VPC."
  type        = string
  default     = null
}

variable "revoke_rules_on_delete" {
  type    = bool
  default = null
}

variable "ingress_rules" {
  description = "Ingress rules by name."
  type = map(object({
    ip_protocol                  = optional(string, "tcp")
    from_port                    = optional(number)
    to_port                      = optional(number)
    cidr_ipv4                    = optional(string)
    cidr_ipv6                    = optional(string)
    prefix_list_id               = optional(string)
    referenced_security_group_id = optional(string)
    description                  = optional(string)
    tags                         = optional(map(string), {})
  }))
  default  = {}
  nullable = false
}

variable "egress_rules" {
  description = "Egress rules by name; the default lets everything out."
  type = map(object({
    ip_protocol                  = optional(string, "tcp")
    from_port                    = optional(number)
    to_port                      = optional(number)
    cidr_ipv4                    = optional(string)
    cidr_ipv6                    = optional(string)
    prefix_list_id               = optional(string)
    referenced_security_group_id = optional(string)
    description                  = optional(string)
    tags                         = optional(map(string), {})
  }))
  default = {
    all_ipv4 = {
      ip_protocol = "-1"
      cidr_ipv4   = "0.0.0.0/0"
      description = "All outbound IPv4"
    }
  }
  nullable = false
}

variable "tags" {
  type    = map(string)
  default = {}
}
