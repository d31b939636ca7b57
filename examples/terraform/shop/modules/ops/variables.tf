variable "name_prefix" {
  description = "Prefix for resource names, e.g. brightcart-prod."
  type        = string
}

variable "alert_email" {
  description = "E-mail address subscribed to the alert topic."
  type        = string
}

variable "log_retention_days" {
  description = "Days to keep CloudTrail events in CloudWatch Logs."
  type        = number
  default     = 365
}

variable "trail_retention_days" {
  description = "Days to keep CloudTrail log files in S3 (seven years for PCI DSS and tax audits)."
  type        = number
  default     = 2557
}

variable "services" {
  description = "Monitored container services: name => CloudWatch dimensions."
  type = map(object({
    cluster_name            = string
    service_name            = string
    alb_arn_suffix          = string
    target_group_arn_suffix = string
  }))
}

variable "aurora_cluster_id" {
  description = "Identifier of the Aurora cluster (alarm dimension)."
  type        = string
}

variable "aurora_cluster_arn" {
  description = "ARN of the Aurora cluster protected by AWS Backup."
  type        = string
}

variable "cart_table_arn" {
  description = "ARN of the DynamoDB cart table protected by AWS Backup."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key of the primary backup vault."
  type        = string
}

variable "backup_retention_days" {
  description = "Days to keep recovery points in the primary vault."
  type        = number
  default     = 14
}

variable "dr_backup_retention_days" {
  description = "Days to keep recovery point copies in the disaster-recovery vault."
  type        = number
  default     = 35
}

variable "backup_tag" {
  description = "Tag that also enrols any other resource in the backup plan."
  type = object({
    key   = string
    value = string
  })
}

variable "alarm_thresholds" {
  description = "Alarm thresholds: ALB 5xx per minute, p95 target response time (seconds), ECS and Aurora CPU (percent)."
  type = object({
    alb_5xx_per_minute  = optional(number, 25)
    response_time_p95_s = optional(number, 1.5)
    ecs_cpu_percent     = optional(number, 85)
    aurora_cpu_percent  = optional(number, 80)
  })
  default = {}
}
