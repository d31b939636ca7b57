# Read replicas. A replica may be marked as the cross-region failover target
# (Enterprise Plus only) – at most one replica should set failover_target.

resource "google_sql_database_instance" "replica" {
  for_each = var.read_replicas

  project              = var.project_id
  name                 = "${google_sql_database_instance.primary.name}-${each.key}"
  region               = coalesce(each.value.region, var.region)
  database_version     = var.database_version
  master_instance_name = google_sql_database_instance.primary.name
  encryption_key_name  = var.encryption_key_name
  deletion_protection  = false

  replica_configuration {
    failover_target = each.value.failover_target
  }

  settings {
    tier              = coalesce(each.value.tier, var.tier)
    edition           = var.edition
    availability_type = each.value.availability_type
    disk_type         = var.disk.type
    disk_autoresize   = true
    user_labels       = merge(var.labels, { role = "replica", replica = each.key })

    ip_configuration {
      ipv4_enabled    = false
      private_network = var.private_network
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    dynamic "database_flags" {
      for_each = { for k, v in var.database_flags : k => v if k != "max_connections" }
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }

    dynamic "location_preference" {
      for_each = each.value.zone != null ? [each.value.zone] : []
      content {
        zone = location_preference.value
      }
    }

    insights_config {
      query_insights_enabled = true
    }
  }

  lifecycle {
    precondition {
      condition     = length([for r in values(var.read_replicas) : r if r.failover_target]) <= 1
      error_message = "At most one read replica may be a failover target."
    }
  }
}
