resource "random_password" "generated" {
  for_each = { for k, s in var.secrets : k => s if s.generate }

  length           = each.value.length
  special          = true
  override_special = "-_.~"
}

resource "google_secret_manager_secret" "this" {
  for_each = var.secrets

  project   = var.project_id
  secret_id = each.key
  labels    = each.value.labels

  annotations = merge(each.value.annotations, {
    "managed-by" = "terraform"
  })

  replication {
    dynamic "auto" {
      for_each = length(each.value.replica_regions) == 0 ? [1] : []
      content {}
    }

    dynamic "user_managed" {
      for_each = length(each.value.replica_regions) > 0 ? [each.value.replica_regions] : []
      content {
        dynamic "replicas" {
          for_each = user_managed.value
          content {
            location = replicas.value
          }
        }
      }
    }
  }

  dynamic "rotation" {
    for_each = each.value.rotation_period != null && var.rotation_topic != null ? [each.value.rotation_period] : []
    content {
      rotation_period    = rotation.value
      next_rotation_time = timeadd(timestamp(), rotation.value)
    }
  }

  dynamic "topics" {
    for_each = var.rotation_topic != null ? [var.rotation_topic] : []
    content {
      name = topics.value
    }
  }

  lifecycle {
    ignore_changes = [rotation[0].next_rotation_time]
  }
}

resource "google_secret_manager_secret_version" "this" {
  for_each = {
    for k, s in var.secrets : k => s if s.generate || s.value != null
  }

  secret      = google_secret_manager_secret.this[each.key].id
  secret_data = each.value.generate ? random_password.generated[each.key].result : each.value.value
  enabled     = true

  deletion_policy = "DISABLE"
}

resource "google_secret_manager_secret_iam_member" "accessors" {
  for_each = merge([
    for k, s in var.secrets : {
      for m in s.accessors : "${k}|${m}" => { secret = k, member = m }
    }
  ]...)

  project   = var.project_id
  secret_id = google_secret_manager_secret.this[each.value.secret].secret_id
  role      = "roles/secretmanager.secretAccessor"
  member    = each.value.member
}
