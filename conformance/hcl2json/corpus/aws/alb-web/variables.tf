variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "public_subnet_ids" {
  type = list(string)
  validation {
    condition     = length(var.public_subnet_ids) >= 2
    error_message = "An ALB needs at least two subnets in different AZs."
  }
}

variable "internal" {
  type    = bool
  default = false
}

variable "domain_name" {
  description = "Primary domain served by the load balancer."
  type        = string
}

variable "subject_alternative_names" {
  type    = list(string)
  default = []
}

variable "hosted_zone_id" {
  type = string
}

variable "ssl_policy" {
  type    = string
  default = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "access_logs_bucket" {
  type    = string
  default = null
}

variable "target_groups" {
  description = "Target groups keyed by a short name."
  type = map(object({
    port                 = number
    protocol             = optional(string, "HTTP")
    target_type          = optional(string, "ip")
    deregistration_delay = optional(number, 30)
    health_check = optional(object({
      path                = optional(string, "/healthz")
      matcher             = optional(string, "200-299")
      interval            = optional(number, 15)
      healthy_threshold   = optional(number, 3)
      unhealthy_threshold = optional(number, 3)
    }), {})
    stickiness_seconds = optional(number)
  }))
}

variable "routing_rules" {
  description = "Listener rules, evaluated in priority order."
  type = list(object({
    priority      = number
    target_group  = string
    host_headers  = optional(list(string))
    path_patterns = optional(list(string))
    http_headers  = optional(map(list(string)), {})
    weights       = optional(map(number))
  }))
  default = []
}

variable "default_target_group" {
  type = string
}

variable "ingress_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

variable "tags" {
  type    = map(string)
  default = {}
}
