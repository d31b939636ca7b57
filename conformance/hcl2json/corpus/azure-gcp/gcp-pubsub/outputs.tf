output "topic_ids" {
  value = { for k, t in google_pubsub_topic.this : k => t.id }
}

output "subscription_ids" {
  value = { for k, s in google_pubsub_subscription.this : k => s.id }
}

output "dead_letter_topics" {
  value = [for t in google_pubsub_topic.dlq : t.name]
}
