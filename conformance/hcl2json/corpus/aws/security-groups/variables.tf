variable "vpc_id" {
  type        = string
  description = "VPC in which to create the security groups."
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "groups" {
  description = <<-EOT
    Map of security groups to create. Each entry may declare ingress rules
    referencing either CIDR ranges, prefix lists or other groups in this map
    (by key, via `source_group`).
  EOT

  type = map(object({
    description = string
    ingress = optional(list(object({
      description    = optional(string, "managed by terraform")
      from_port      = number
      to_port        = optional(number)
      protocol       = optional(string, "tcp")
      cidr_ipv4      = optional(list(string), [])
      cidr_ipv6      = optional(list(string), [])
      prefix_list_id = optional(string)
      source_group   = optional(string)
    })), [])
    allow_all_egress = optional(bool, true)
    extra_tags       = optional(map(string), {})
  }))

  validation {
    condition = alltrue(flatten([
      for g in values(var.groups) : [
        for r in g.ingress : contains(["tcp", "udp", "icmp", "-1"], r.protocol)
      ]
    ]))
    error_message = "Every ingress rule protocol must be tcp, udp, icmp or -1."
  }

  validation {
    condition = alltrue([
      for k, g in var.groups : length(g.description) > 0 && length(k) <= 40
    ])
    error_message = "Each group needs a non-empty description and a key of at most 40 characters."
  }
}

variable "legacy_bastion_cidrs" {
  description = "CIDRs allowed to SSH to the legacy bastion (inline rules, kept for compatibility)."
  type        = list(string)
  default     = []
}

variable "tags" {
  type    = map(string)
  default = {}
}
