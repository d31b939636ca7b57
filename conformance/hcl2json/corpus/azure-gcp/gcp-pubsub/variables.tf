variable "project_id" {
  type = string
}

variable "topics" {
  type = map(object({
    message_retention_duration = optional(string, "86400s")
    kms_key_name               = optional(string)
    allowed_regions            = optional(list(string), ["europe-west1", "europe-west4"])
    schema = optional(object({
      type       = string # AVRO | PROTOCOL_BUFFER
      definition = string
      encoding   = optional(string, "JSON")
    }))
    publishers = optional(list(string), [])
    subscriptions = optional(map(object({
      ack_deadline_seconds       = optional(number, 20)
      message_retention_duration = optional(string, "604800s")
      retain_acked_messages      = optional(bool, false)
      enable_message_ordering    = optional(bool, false)
      exactly_once_delivery      = optional(bool, false)
      filter                     = optional(string)
      push_endpoint              = optional(string)
      push_service_account       = optional(string)
      bigquery_table             = optional(string)
      dead_letter                = optional(bool, true)
      max_delivery_attempts      = optional(number, 10)
      subscribers                = optional(list(string), [])
    })), {})
  }))
}

variable "labels" {
  type    = map(string)
  default = {}
}
