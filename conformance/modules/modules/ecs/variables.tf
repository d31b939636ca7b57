variable "create" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "cluster_name" {
  type = string
}

variable "container_insights" {
  description = "\"enabled\", \"enhanced\" or \"disabled\"; null leaves the account default."
  type        = string
  default     = "enabled"
}

variable "execute_command_logging" {
  type    = string
  default = null
}

variable "default_capacity_provider_strategy" {
  type = map(object({
    capacity_provider = string
    weight            = optional(number)
    base              = optional(number)
  }))
  default = {}
}

variable "vpc_id" {
  type    = string
  default = null
}

variable "subnet_ids" {
  description = "Subnets for services that do not name their own."
  type        = list(string)
  default     = []
}

variable "services" {
  description = "Services by key; every attribute but the containers is optional."
  type = map(object({
    name                       = optional(string)
    create_service             = optional(bool, true)
    launch_type                = optional(string, "FARGATE")
    capacity_provider_strategy = optional(map(object({ capacity_provider = string, weight = optional(number), base = optional(number) })))
    desired_count              = optional(number, 1)
    cpu                        = optional(number, 256)
    memory                     = optional(number, 512)
    container_definitions      = any
    load_balancer = optional(map(object({
      target_group_arn = string
      container_name   = string
      container_port   = number
    })))
    enable_execute_command       = optional(bool, false)
    subnet_ids                   = optional(list(string))
    security_group_ingress_rules = optional(any, {})
    tasks_iam_role_statements = optional(list(object({
      sid       = optional(string)
      effect    = optional(string, "Allow")
      actions   = list(string)
      resources = list(string)
    })), [])
    enable_autoscaling       = optional(bool, true)
    autoscaling_min_capacity = optional(number, 1)
    autoscaling_max_capacity = optional(number, 10)
    tags                     = optional(map(string), {})
  }))
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "cluster_tags" {
  type    = map(string)
  default = {}
}
