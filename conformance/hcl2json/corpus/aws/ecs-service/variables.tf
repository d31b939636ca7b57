variable "cluster_name" {
  type = string
}

variable "create_cluster" {
  type    = bool
  default = true
}

variable "service_name" {
  type = string
}

variable "image" {
  description = "Container image, including tag or digest."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/.+[:@].+$", var.image)) || startswith(var.image, "public.ecr.aws/")
    error_message = "Image must come from a private ECR repository (with tag or digest) or public.ecr.aws."
  }
}

variable "cpu" {
  type    = number
  default = 512
}

variable "memory" {
  type    = number
  default = 1024

  validation {
    condition     = var.memory >= 512 && var.memory % 256 == 0
    error_message = "memory must be >= 512 and a multiple of 256."
  }
}

variable "container_port" {
  type    = number
  default = 8080
}

variable "environment" {
  description = "Plain-text environment variables."
  type        = map(string)
  default     = {}
}

variable "secrets" {
  description = "Environment variable name => Secrets Manager or SSM ARN."
  type        = map(string)
  default     = {}
}

variable "desired_count" {
  type    = number
  default = 2
}

variable "autoscaling" {
  type = object({
    min_capacity       = number
    max_capacity       = number
    cpu_target         = optional(number, 60)
    memory_target      = optional(number)
    requests_per_target = optional(number)
    scale_in_cooldown  = optional(number, 300)
    scale_out_cooldown = optional(number, 60)
  })
  default = {
    min_capacity = 2
    max_capacity = 10
  }
}

variable "subnet_ids" {
  type = list(string)
}

variable "security_group_ids" {
  type = list(string)
}

variable "target_group_arn" {
  type    = string
  default = null
}

variable "alb_resource_label" {
  description = "app/<lb-name>/<id>/targetgroup/<tg-name>/<id>, needed for request-count scaling."
  type        = string
  default     = null
}

variable "log_retention_days" {
  type    = number
  default = 30
}

variable "enable_exec" {
  type    = bool
  default = false
}

variable "capacity_provider_weights" {
  type = map(number)
  default = {
    FARGATE      = 1
    FARGATE_SPOT = 3
  }
}

variable "tags" {
  type    = map(string)
  default = {}
}
