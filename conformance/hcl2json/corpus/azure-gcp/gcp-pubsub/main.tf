data "google_project" "this" {
  project_id = var.project_id
}

locals {
  pubsub_sa = "serviceAccount:service-${data.google_project.this.number}@gcp-sa-pubsub.iam.gserviceaccount.com"

  subscriptions = merge([
    for topic, t in var.topics : {
      for sub, s in t.subscriptions : "${topic}.${sub}" => merge(s, {
        topic = topic
        name  = sub
      })
    }
  ]...)

  dlq_topics = toset(distinct([
    for s in values(local.subscriptions) : s.topic if s.dead_letter
  ]))

  publishers = {
    for p in flatten([
      for topic, t in var.topics : [for m in t.publishers : { topic = topic, member = m }]
    ]) : "${p.topic}|${p.member}" => p
  }

  subscribers = {
    for p in flatten([
      for key, s in local.subscriptions : [for m in s.subscribers : { sub = key, member = m }]
    ]) : "${p.sub}|${p.member}" => p
  }
}

resource "google_pubsub_schema" "this" {
  for_each = { for k, t in var.topics : k => t.schema if t.schema != null }

  project    = var.project_id
  name       = "${each.key}-schema"
  type       = each.value.type
  definition = each.value.definition
}

resource "google_pubsub_topic" "this" {
  for_each = var.topics

  project                    = var.project_id
  name                       = each.key
  message_retention_duration = each.value.message_retention_duration
  kms_key_name               = each.value.kms_key_name
  labels                     = var.labels

  message_storage_policy {
    allowed_persistence_regions = each.value.allowed_regions
  }

  dynamic "schema_settings" {
    for_each = each.value.schema != null ? [each.value.schema] : []
    content {
      schema   = google_pubsub_schema.this[each.key].id
      encoding = schema_settings.value.encoding
    }
  }
}

resource "google_pubsub_topic" "dlq" {
  for_each = local.dlq_topics

  project = var.project_id
  name    = "${each.value}-dlq"
  labels  = merge(var.labels, { purpose = "dead-letter" })
}

resource "google_pubsub_subscription" "dlq" {
  for_each = local.dlq_topics

  project                    = var.project_id
  name                       = "${each.value}-dlq-pull"
  topic                      = google_pubsub_topic.dlq[each.value].id
  message_retention_duration = "1209600s"
  ack_deadline_seconds       = 60

  expiration_policy {
    ttl = "" # never expire
  }
}

resource "google_pubsub_subscription" "this" {
  for_each = local.subscriptions

  project                      = var.project_id
  name                         = replace(each.key, ".", "-")
  topic                        = google_pubsub_topic.this[each.value.topic].id
  ack_deadline_seconds         = each.value.ack_deadline_seconds
  message_retention_duration   = each.value.message_retention_duration
  retain_acked_messages        = each.value.retain_acked_messages
  enable_message_ordering      = each.value.enable_message_ordering
  enable_exactly_once_delivery = each.value.push_endpoint == null ? each.value.exactly_once_delivery : false
  filter                       = each.value.filter
  labels                       = var.labels

  expiration_policy {
    ttl = ""
  }

  retry_policy {
    minimum_backoff = "10s"
    maximum_backoff = "600s"
  }

  dynamic "dead_letter_policy" {
    for_each = each.value.dead_letter ? [each.value.max_delivery_attempts] : []
    content {
      dead_letter_topic     = google_pubsub_topic.dlq[each.value.topic].id
      max_delivery_attempts = dead_letter_policy.value
    }
  }

  dynamic "push_config" {
    for_each = each.value.push_endpoint[*]
    content {
      push_endpoint = push_config.value
      attributes = {
        x-goog-version = "v1"
      }

      dynamic "oidc_token" {
        for_each = each.value.push_service_account[*]
        content {
          service_account_email = oidc_token.value
          audience              = push_config.value
        }
      }
    }
  }

  dynamic "bigquery_config" {
    for_each = each.value.bigquery_table != null ? [each.value.bigquery_table] : []
    content {
      table               = bigquery_config.value
      use_topic_schema    = true
      write_metadata      = true
      drop_unknown_fields = true
    }
  }
}

# The Pub/Sub service agent must be able to publish to DLQs and ack from sources.
resource "google_pubsub_topic_iam_member" "dlq_publisher" {
  for_each = local.dlq_topics

  project = var.project_id
  topic   = google_pubsub_topic.dlq[each.value].name
  role    = "roles/pubsub.publisher"
  member  = local.pubsub_sa
}

resource "google_pubsub_subscription_iam_member" "dlq_subscriber" {
  for_each = { for k, s in local.subscriptions : k => s if s.dead_letter }

  project      = var.project_id
  subscription = google_pubsub_subscription.this[each.key].name
  role         = "roles/pubsub.subscriber"
  member       = local.pubsub_sa
}

resource "google_pubsub_topic_iam_member" "publishers" {
  for_each = local.publishers

  project = var.project_id
  topic   = google_pubsub_topic.this[each.value.topic].name
  role    = "roles/pubsub.publisher"
  member  = each.value.member
}

resource "google_pubsub_subscription_iam_member" "subscribers" {
  for_each = local.subscribers

  project      = var.project_id
  subscription = google_pubsub_subscription.this[each.value.sub].name
  role         = "roles/pubsub.subscriber"
  member       = each.value.member
}
