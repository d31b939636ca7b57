variable "create" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "function_name" {
  type = string
}

variable "description" {
  type    = string
  default = ""
}

variable "package_type" {
  type    = string
  default = "Zip"
}

variable "handler" {
  type    = string
  default = null
}

variable "runtime" {
  type    = string
  default = null
}

variable "image_uri" {
  type    = string
  default = null
}

variable "architectures" {
  type    = list(string)
  default = null
}

variable "memory_size" {
  type    = number
  default = 128
}

variable "timeout" {
  type    = number
  default = 3
}

variable "publish" {
  type    = bool
  default = false
}

variable "layers" {
  type    = list(string)
  default = null
}

variable "local_package" {
  description = "Path of a zip file to deploy."
  type        = string
  default     = null
}

variable "s3_existing_package" {
  type = object({
    bucket = string
    key    = string
  })
  default = null
}

variable "reserved_concurrent_executions" {
  type    = number
  default = -1
}

variable "environment_variables" {
  type    = map(string)
  default = {}
}

variable "vpc_subnet_ids" {
  type    = list(string)
  default = null
}

variable "vpc_security_group_ids" {
  type    = list(string)
  default = null
}

variable "tracing_mode" {
  type    = string
  default = null
}

variable "dead_letter_target_arn" {
  type    = string
  default = null
}

variable "logging_log_format" {
  type    = string
  default = "Text"
}

variable "create_log_group" {
  type    = bool
  default = true
}

variable "cloudwatch_logs_retention_in_days" {
  type    = number
  default = null
}

variable "cloudwatch_logs_kms_key_id" {
  type    = string
  default = null
}

variable "create_lambda_function_url" {
  type    = bool
  default = false
}

variable "authorization_type" {
  type    = string
  default = "AWS_IAM"
}

variable "cors" {
  type    = any
  default = {}
}

variable "allowed_triggers" {
  description = "Permissions by statement id: service or principal, source_arn."
  type        = map(any)
  default     = {}
}

variable "event_source_mapping" {
  type    = any
  default = {}
}

variable "create_role" {
  type    = bool
  default = true
}

variable "lambda_role" {
  type    = string
  default = ""
}

variable "role_name" {
  type    = string
  default = null
}

variable "attach_cloudwatch_logs_policy" {
  type    = bool
  default = true
}

variable "policy_statements" {
  type = map(object({
    effect    = optional(string, "Allow")
    actions   = list(string)
    resources = list(string)
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
