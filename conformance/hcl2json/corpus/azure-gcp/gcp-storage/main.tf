resource "google_storage_bucket" "this" {
  for_each = var.buckets

  project       = var.project_id
  name          = local.bucket_names[each.key]
  location      = var.location
  storage_class = each.value.autoclass ? null : each.value.storage_class
  force_destroy = false

  uniform_bucket_level_access = true
  public_access_prevention    = each.value.public_access ? "inherited" : "enforced"

  labels = merge(var.labels, { bucket = each.key })

  versioning {
    enabled = each.value.versioning
  }

  dynamic "autoclass" {
    for_each = each.value.autoclass ? [1] : []
    content {
      enabled                = true
      terminal_storage_class = "ARCHIVE"
    }
  }

  soft_delete_policy {
    retention_duration_seconds = each.value.soft_delete_days * 86400
  }

  dynamic "retention_policy" {
    for_each = each.value.retention_days != null ? [each.value.retention_days] : []
    content {
      retention_period = retention_policy.value * 24 * 60 * 60
      is_locked        = each.value.lock_retention
    }
  }

  dynamic "encryption" {
    for_each = each.value.kms_key_name[*]
    content {
      default_kms_key_name = encryption.value
    }
  }

  dynamic "logging" {
    for_each = each.value.log_bucket == null ? [] : [each.value.log_bucket]
    content {
      log_bucket        = logging.value
      log_object_prefix = "${each.key}/"
    }
  }

  dynamic "website" {
    for_each = each.value.website[*]
    content {
      main_page_suffix = website.value.main_page_suffix
      not_found_page   = website.value.not_found_page
    }
  }

  dynamic "cors" {
    for_each = each.value.cors
    content {
      origin          = cors.value.origins
      method          = cors.value.methods
      response_header = cors.value.response_headers
      max_age_seconds = cors.value.max_age_seconds
    }
  }

  dynamic "lifecycle_rule" {
    for_each = concat(
      each.value.versioning ? local.default_lifecycle_rules : [],
      each.value.lifecycle_rules,
    )
    content {
      action {
        type          = lifecycle_rule.value.action.type
        storage_class = lifecycle_rule.value.action.storage_class
      }
      condition {
        age                        = lifecycle_rule.value.condition.age
        created_before             = lifecycle_rule.value.condition.created_before
        with_state                 = lifecycle_rule.value.condition.with_state
        matches_storage_class      = lifecycle_rule.value.condition.matches_storage_class
        matches_prefix             = lifecycle_rule.value.condition.matches_prefix
        num_newer_versions         = lifecycle_rule.value.condition.num_newer_versions
        days_since_noncurrent_time = lifecycle_rule.value.condition.days_since_noncurrent_time
      }
    }
  }

  lifecycle {
    prevent_destroy = true
  }
}

resource "google_storage_bucket_iam_member" "this" {
  for_each = { for m in local.iam_members : m.key => m }

  bucket = google_storage_bucket.this[each.value.bucket].name
  role   = each.value.role
  member = each.value.member
}

# Pub/Sub notification for the "ingest" bucket, if present.
data "google_storage_project_service_account" "gcs" {
  project = var.project_id
}

resource "google_pubsub_topic" "ingest" {
  count   = contains(keys(var.buckets), "ingest") ? 1 : 0
  project = var.project_id
  name    = "${var.name_prefix}-ingest-events"
}

resource "google_pubsub_topic_iam_member" "gcs_publisher" {
  count   = length(google_pubsub_topic.ingest)
  project = var.project_id
  topic   = google_pubsub_topic.ingest[0].id
  role    = "roles/pubsub.publisher"
  member  = "serviceAccount:${data.google_storage_project_service_account.gcs.email_address}"
}

resource "google_storage_notification" "ingest" {
  count = length(google_pubsub_topic.ingest)

  bucket             = google_storage_bucket.this["ingest"].name
  payload_format     = "JSON_API_V1"
  topic              = google_pubsub_topic.ingest[0].id
  event_types        = ["OBJECT_FINALIZE", "OBJECT_METADATA_UPDATE"]
  object_name_prefix = "incoming/"

  custom_attributes = {
    source = "gcs"
  }

  depends_on = [google_pubsub_topic_iam_member.gcs_publisher]
}
