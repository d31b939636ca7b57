variable "create" {
  type    = bool
  default = true
}

variable "create_service" {
  description = "Create the task definition only when false (e.g. for scheduled tasks)."
  type        = bool
  default     = true
}

variable "region" {
  type    = string
  default = null
}

variable "name" {
  type = string
}

variable "cluster_arn" {
  type    = string
  default = ""
}

variable "launch_type" {
  type    = string
  default = "FARGATE"
}

variable "capacity_provider_strategy" {
  type = map(object({
    capacity_provider = string
    weight            = optional(number)
    base              = optional(number)
  }))
  default = null
}

variable "desired_count" {
  type    = number
  default = 1
}

variable "cpu" {
  type    = number
  default = 256
}

variable "memory" {
  type    = number
  default = 512
}

variable "runtime_platform" {
  type = object({
    cpu_architecture        = optional(string, "X86_64")
    operating_system_family = optional(string, "LINUX")
  })
  default  = {}
  nullable = false
}

variable "container_definitions" {
  type = map(object({
    create      = optional(bool, true)
    name        = optional(string)
    image       = string
    essential   = optional(bool, true)
    cpu         = optional(number)
    memory      = optional(number)
    command     = optional(list(string))
    environment = optional(map(string), {})
    secrets     = optional(map(string), {})
    port_mappings = optional(list(object({
      name           = optional(string)
      container_port = number
      host_port      = optional(number)
      protocol       = optional(string, "tcp")
      app_protocol   = optional(string)
    })), [])
    health_check = optional(object({
      command     = list(string)
      interval    = optional(number)
      timeout     = optional(number)
      retries     = optional(number)
      startPeriod = optional(number)
    }))
    readonly_root_filesystem = optional(bool, true)
  }))
  default = {}
}

variable "log_retention_in_days" {
  type    = number
  default = 30
}

variable "enable_execute_command" {
  type    = bool
  default = false
}

variable "deployment_maximum_percent" {
  type    = number
  default = 200
}

variable "deployment_minimum_healthy_percent" {
  type    = number
  default = 66
}

variable "health_check_grace_period_seconds" {
  type    = number
  default = 30
}

variable "deployment_circuit_breaker" {
  type = object({
    enable   = bool
    rollback = bool
  })
  default = {
    enable   = true
    rollback = true
  }
}

variable "load_balancer" {
  description = "Load balancer attachments by name."
  type = map(object({
    target_group_arn = string
    container_name   = string
    container_port   = number
  }))
  default = null
}

variable "vpc_id" {
  type    = string
  default = null
}

variable "subnet_ids" {
  type    = list(string)
  default = []
}

variable "assign_public_ip" {
  type    = bool
  default = false
}

variable "security_group_ids" {
  type    = list(string)
  default = []
}

variable "create_security_group" {
  type    = bool
  default = true
}

variable "security_group_ingress_rules" {
  type    = any
  default = {}
}

variable "create_task_exec_iam_role" {
  type    = bool
  default = true
}

variable "task_exec_iam_role_arn" {
  type    = string
  default = null
}

variable "task_exec_secret_arns" {
  type    = list(string)
  default = []
}

variable "create_tasks_iam_role" {
  type    = bool
  default = true
}

variable "tasks_iam_role_arn" {
  type    = string
  default = null
}

variable "tasks_iam_role_statements" {
  type = list(object({
    sid       = optional(string)
    effect    = optional(string, "Allow")
    actions   = list(string)
    resources = list(string)
  }))
  default = []
}

variable "enable_autoscaling" {
  type    = bool
  default = true
}

variable "autoscaling_min_capacity" {
  type    = number
  default = 1
}

variable "autoscaling_max_capacity" {
  type    = number
  default = 10
}

variable "autoscaling_policies" {
  type = map(object({
    predefined_metric_type = string
    target_value           = number
    scale_in_cooldown      = optional(number, 300)
    scale_out_cooldown     = optional(number, 60)
  }))
  default = {
    cpu = {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
      target_value           = 70
    }
    memory = {
      predefined_metric_type = "ECSServiceAverageMemoryUtilization"
      target_value           = 75
    }
  }
}

variable "tags" {
  type    = map(string)
  default = {}
}
