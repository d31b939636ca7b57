variable "name" {
  type = string
}

variable "worker_lambda_arns" {
  description = "Lambda ARNs for each step, keyed by step name."
  type        = map(string)
}

variable "schedule_expression" {
  type    = string
  default = "rate(1 hour)"

  validation {
    condition     = can(regex("^(rate|cron|at)\\(.+\\)$", var.schedule_expression))
    error_message = "Schedule must be a rate(), cron() or at() expression."
  }
}

variable "event_patterns" {
  description = "Named EventBridge patterns that also start the workflow."
  type        = map(any)
  default = {
    s3_upload = {
      source        = ["aws.s3"]
      "detail-type" = ["Object Created"]
      detail = {
        bucket = { name = ["incoming-data"] }
        object = { key = [{ prefix = "uploads/" }] }
      }
    }
  }
}

variable "alarm_topic_arn" {
  type    = string
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
