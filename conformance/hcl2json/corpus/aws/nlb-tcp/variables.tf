variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "subnet_mappings" {
  description = "Subnet ID => optional EIP allocation ID for static public addresses."
  type        = map(string)
}

variable "listeners" {
  type = map(object({
    port            = number
    protocol        = string # TCP, TLS, UDP or TCP_UDP
    target_port     = number
    certificate_arn = optional(string)
    alpn_policy     = optional(string)
    targets         = optional(list(string), [])
  }))

  validation {
    condition = alltrue([
      for l in values(var.listeners) :
      contains(["TCP", "TLS", "UDP", "TCP_UDP"], l.protocol)
      && (l.protocol != "TLS" || l.certificate_arn != null)
    ])
    error_message = "Protocols must be TCP, TLS, UDP or TCP_UDP; TLS listeners need a certificate_arn."
  }
}

variable "cross_zone" {
  type    = bool
  default = true
}

variable "tags" {
  type    = map(string)
  default = {}
}
