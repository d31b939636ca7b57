variable "prefix" {
  type = string
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "topics" {
  type = map(object({
    fifo         = optional(bool, false)
    display_name = optional(string)
    email_subscribers = optional(list(string), [])
  }))
}

variable "queues" {
  description = "Queues with their topic subscriptions and redrive settings."
  type = map(object({
    fifo                       = optional(bool, false)
    visibility_timeout_seconds = optional(number, 60)
    message_retention_seconds  = optional(number, 345600)
    max_receive_count          = optional(number, 5)
    delay_seconds              = optional(number, 0)
    subscribe_to               = optional(list(string), [])
    filter_policy              = optional(any)
    raw_message_delivery       = optional(bool, true)
  }))

  validation {
    condition = alltrue([
      for q in values(var.queues) : q.visibility_timeout_seconds >= 0 && q.visibility_timeout_seconds <= 43200
    ])
    error_message = "visibility_timeout_seconds must be between 0 and 43200."
  }

  validation {
    condition = alltrue([
      for q in values(var.queues) : q.message_retention_seconds >= 60 && q.message_retention_seconds <= 1209600
    ])
    error_message = "message_retention_seconds must be between 60 and 1209600 (14 days)."
  }
}

variable "tags" {
  type    = map(string)
  default = {}
}
