# Object variables with optional attributes and defaults at several depths, as module libraries type
# their maps: defaults fill in inside maps, lists and nested objects, a null nested object stays null,
# and for_each runs over the filtered result.

provider "aws" {
  region = "eu-west-1"
}

variable "queues" {
  type = map(object({
    fifo       = optional(bool, false)
    retention  = optional(number, 345600)
    encryption = optional(object({ kms_key_id = optional(string), reuse_seconds = optional(number, 300) }), {})
    dlq = optional(object({
      max_receive_count = optional(number, 3)
      retention         = optional(number, 1209600)
    }))
    subscribers = optional(list(object({
      protocol = optional(string, "sqs")
      endpoint = string
      raw      = optional(bool, true)
    })), [])
    enabled = optional(bool, true)
  }))
  default = {
    orders = {
      fifo = true
      dlq  = {}
      subscribers = [
        { endpoint = "https://hooks.example.com/orders", protocol = "https", raw = false },
      ]
    }
    emails = {
      encryption = { kms_key_id = "alias/mail" }
    }
    audit = {
      retention = 1209600
      dlq       = { max_receive_count = 10 }
    }
    retired = {
      enabled = false
    }
  }
}

locals {
  queues = { for k, q in var.queues : k => q if q.enabled }
  dlqs   = { for k, q in local.queues : k => q.dlq if q.dlq != null }

  subscriptions = merge([
    for k, q in local.queues : {
      for i, s in q.subscribers : "${k}-${i}" => merge(s, { queue = k })
    }
  ]...)
}

resource "aws_sqs_queue" "dlq" {
  for_each = local.dlqs

  name                      = local.queues[each.key].fifo ? "${each.key}-dlq.fifo" : "${each.key}-dlq"
  fifo_queue                = local.queues[each.key].fifo ? true : null
  message_retention_seconds = each.value.retention
  sqs_managed_sse_enabled   = true
}

resource "aws_sqs_queue" "this" {
  for_each = local.queues

  name                      = each.value.fifo ? "${each.key}.fifo" : each.key
  fifo_queue                = each.value.fifo ? true : null
  message_retention_seconds = each.value.retention

  kms_master_key_id                 = each.value.encryption.kms_key_id
  kms_data_key_reuse_period_seconds = each.value.encryption.kms_key_id == null ? null : each.value.encryption.reuse_seconds
  sqs_managed_sse_enabled           = each.value.encryption.kms_key_id == null ? true : null

  redrive_policy = each.value.dlq == null ? null : jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.key].arn
    maxReceiveCount     = each.value.dlq.max_receive_count
  })
}

resource "aws_sns_topic" "this" {
  for_each = { for k, q in local.queues : k => q if length(q.subscribers) > 0 }

  name       = each.value.fifo ? "${each.key}.fifo" : each.key
  fifo_topic = each.value.fifo ? true : null
}

resource "aws_sns_topic_subscription" "this" {
  for_each = local.subscriptions

  topic_arn            = aws_sns_topic.this[each.value.queue].arn
  protocol             = each.value.protocol
  endpoint             = each.value.endpoint
  raw_message_delivery = each.value.raw
}

output "queue_names" {
  value = sort([for q in aws_sqs_queue.this : q.name])
}

output "dlq_receive_counts" {
  value = { for k, d in local.dlqs : k => d.max_receive_count }
}
