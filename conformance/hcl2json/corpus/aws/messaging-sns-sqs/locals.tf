locals {
  topic_names = {
    for k, t in var.topics : k => t.fifo ? "${var.prefix}-${k}.fifo" : "${var.prefix}-${k}"
  }

  queue_names = {
    for k, q in var.queues : k => q.fifo ? "${var.prefix}-${k}.fifo" : "${var.prefix}-${k}"
  }

  dlq_names = {
    for k, q in var.queues : k => q.fifo ? "${var.prefix}-${k}-dlq.fifo" : "${var.prefix}-${k}-dlq"
  }

  subscriptions = {
    for s in flatten([
      for qk, q in var.queues : [
        for tk in q.subscribe_to : {
          key    = "${tk}->${qk}"
          topic  = tk
          queue  = qk
          filter = q.filter_policy
          raw    = q.raw_message_delivery
        }
      ]
    ]) : s.key => s
  }

  email_subscriptions = merge([
    for tk, t in var.topics : {
      for addr in t.email_subscribers : "${tk}:${addr}" => { topic = tk, endpoint = addr }
    }
  ]...)

  # topic key => list of queue keys subscribed to it
  topic_to_queues = { for s in values(local.subscriptions) : s.topic => s.queue... }

  queue_to_topics = {
    for qk, q in var.queues : qk => [for tk in q.subscribe_to : tk if contains(keys(var.topics), tk)]
  }
}
