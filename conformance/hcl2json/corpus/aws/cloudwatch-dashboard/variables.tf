variable "dashboard_name" {
  type = string
}

variable "region" {
  type    = string
  default = "eu-central-1"
}

variable "alb_arn_suffix" {
  type = string
}

variable "target_group_arn_suffixes" {
  type    = map(string)
  default = {}
}

variable "ecs_cluster_name" {
  type = string
}

variable "ecs_services" {
  type    = list(string)
  default = []
}

variable "rds_instance_ids" {
  type    = list(string)
  default = []
}

variable "lambda_function_names" {
  type    = list(string)
  default = []
}

variable "sqs_queue_names" {
  type    = list(string)
  default = []
}

variable "alarm_topic_arn" {
  type = string
}

variable "log_groups" {
  description = "Log group name => retention days."
  type        = map(number)
  default     = {}
}

variable "alarm_thresholds" {
  type = object({
    alb_5xx_rate_pct    = optional(number, 2)
    alb_p99_latency_s   = optional(number, 1.5)
    ecs_cpu_pct         = optional(number, 85)
    lambda_error_count  = optional(number, 5)
    sqs_oldest_age_s    = optional(number, 900)
  })
  default = {}
}
