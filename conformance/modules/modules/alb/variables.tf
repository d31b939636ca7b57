variable "create" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "name" {
  type = string
}

variable "load_balancer_type" {
  type    = string
  default = "application"
}

variable "internal" {
  type    = bool
  default = false
}

variable "vpc_id" {
  type    = string
  default = null
}

variable "subnets" {
  type    = list(string)
  default = []
}

variable "security_groups" {
  description = "Groups to attach besides the one this module creates."
  type        = list(string)
  default     = []
}

variable "create_security_group" {
  type    = bool
  default = true
}

variable "ingress_cidr" {
  type    = string
  default = "0.0.0.0/0"
}

variable "idle_timeout" {
  type    = number
  default = 60
}

variable "enable_deletion_protection" {
  type    = bool
  default = false
}

variable "enable_cross_zone_load_balancing" {
  type    = bool
  default = true
}

variable "default_ssl_policy" {
  type    = string
  default = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "access_logs" {
  type = object({
    bucket  = string
    prefix  = optional(string)
    enabled = optional(bool, true)
  })
  default = null
}

variable "target_groups" {
  type = map(object({
    name_prefix          = optional(string)
    port                 = optional(number, 80)
    protocol             = optional(string, "HTTP")
    target_type          = optional(string, "ip")
    deregistration_delay = optional(number)
    health_check = optional(object({
      path                = optional(string, "/")
      matcher             = optional(string, "200")
      interval            = optional(number, 30)
      healthy_threshold   = optional(number, 3)
      unhealthy_threshold = optional(number, 3)
    }), {})
  }))
  default = {}
}

variable "listeners" {
  description = "Listeners by name, each with one default action (forward, redirect or fixed_response) and optional rules."
  type = map(object({
    port            = number
    protocol        = string
    certificate_arn = optional(string)
    ssl_policy      = optional(string)
    forward = optional(object({
      target_group_key = string
    }))
    redirect = optional(object({
      port        = optional(string, "443")
      protocol    = optional(string, "HTTPS")
      status_code = optional(string, "HTTP_301")
    }))
    fixed_response = optional(object({
      content_type = optional(string, "text/plain")
      message_body = optional(string)
      status_code  = optional(string, "404")
    }))
    rules = optional(map(object({
      priority         = optional(number)
      target_group_key = string
      path_patterns    = optional(list(string))
      host_headers     = optional(list(string))
    })), {})
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
