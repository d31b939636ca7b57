output "bucket_names" {
  value = { for k, b in google_storage_bucket.this : k => b.name }
}

output "bucket_urls" {
  value = { for k, b in google_storage_bucket.this : k => b.url }
}

output "ingest_topic" {
  value = try(google_pubsub_topic.ingest[0].id, null)
}
