locals {
  default_redis_configs = {
    "maxmemory-policy"       = "allkeys-lru"
    "notify-keyspace-events" = ""
    "activedefrag"           = "yes"
  }
}

resource "google_redis_instance" "this" {
  for_each = var.instances

  project        = var.project_id
  region         = var.region
  name           = each.key
  display_name   = "Redis ${each.key} (${each.value.tier})"
  tier           = each.value.tier
  memory_size_gb = each.value.memory_size_gb
  redis_version  = each.value.redis_version

  authorized_network = var.authorized_network
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
  reserved_ip_range  = var.reserved_ip_range

  replica_count      = each.value.tier == "STANDARD_HA" ? each.value.replica_count : null
  read_replicas_mode = each.value.tier == "STANDARD_HA" ? each.value.read_replicas_mode : null

  auth_enabled            = each.value.auth_enabled
  transit_encryption_mode = each.value.transit_encryption_mode
  customer_managed_key    = var.customer_managed_key

  redis_configs = merge(local.default_redis_configs, each.value.redis_configs)

  dynamic "persistence_config" {
    for_each = each.value.persistence == null ? [] : [each.value.persistence]
    content {
      persistence_mode    = persistence_config.value.mode
      rdb_snapshot_period = persistence_config.value.mode == "RDB" ? persistence_config.value.rdb_snapshot_period : null
    }
  }

  maintenance_policy {
    weekly_maintenance_window {
      day = "TUESDAY"
      start_time {
        hours   = 2
        minutes = 30
        seconds = 0
        nanos   = 0
      }
    }
  }

  labels = merge(var.labels, {
    instance = each.key
  })

  lifecycle {
    prevent_destroy = false
    ignore_changes  = [maintenance_schedule]
  }
}
