output "topic_arns" {
  value = { for k, t in aws_sns_topic.this : k => t.arn }
}

output "queue_urls" {
  value = { for k, q in aws_sqs_queue.this : k => q.url }
}

output "queue_arns" {
  value = tomap({ for k, q in aws_sqs_queue.this : k => q.arn })
}

output "dlq_arns" {
  value = { for k, q in aws_sqs_queue.dlq : k => q.arn }
}

output "fanout" {
  description = "Topic → subscribed queues."
  value       = local.topic_to_queues
}
