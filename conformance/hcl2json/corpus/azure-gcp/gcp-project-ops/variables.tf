variable "project_id" {
  type = string
}

variable "activate_apis" {
  type = list(string)
  default = [
    "compute.googleapis.com",
    "container.googleapis.com",
    "run.googleapis.com",
    "sqladmin.googleapis.com",
    "redis.googleapis.com",
    "secretmanager.googleapis.com",
    "cloudkms.googleapis.com",
    "pubsub.googleapis.com",
    "logging.googleapis.com",
    "monitoring.googleapis.com",
    "servicenetworking.googleapis.com",
    "artifactregistry.googleapis.com",
    "iap.googleapis.com",
  ]
}

variable "log_sinks" {
  type = map(object({
    destination_type = string # bucket | bigquery | pubsub | storage
    destination      = string
    filter           = string
    exclusions = optional(map(object({
      filter      = string
      description = optional(string)
    })), {})
    use_partitioned_tables = optional(bool, true)
  }))
  default = {}

  validation {
    condition     = alltrue([for s in values(var.log_sinks) : contains(["bucket", "bigquery", "pubsub", "storage"], s.destination_type)])
    error_message = "destination_type must be bucket, bigquery, pubsub or storage."
  }
}

variable "notification_emails" {
  type    = map(string)
  default = {}
}

variable "slack" {
  type = object({
    channel_name = string
    auth_token   = string
  })
  default   = null
  sensitive = true
}

variable "uptime_checks" {
  type = map(object({
    host    = string
    path    = optional(string, "/")
    period  = optional(string, "60s")
    content = optional(string)
  }))
  default = {}
}

variable "cloudsql_instance_ids" {
  type    = list(string)
  default = []
}
