output "tags" {
  value = local.tags
}

output "queues" {
  value = [for q in aws_sqs_queue.this : q.name]
}
