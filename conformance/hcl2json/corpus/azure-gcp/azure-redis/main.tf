locals {
  is_premium = var.sku.name == "Premium"
}

resource "azurerm_redis_cache" "this" {
  name                          = "redis-${var.name}"
  location                      = var.location
  resource_group_name           = var.resource_group_name
  capacity                      = var.sku.capacity
  family                        = var.sku.family
  sku_name                      = var.sku.name
  non_ssl_port_enabled          = false
  minimum_tls_version           = "1.2"
  redis_version                 = "6"
  public_network_access_enabled = var.private_endpoint == null
  shard_count                   = local.is_premium ? var.shard_count : null
  zones                         = local.is_premium ? var.zones : null
  replicas_per_primary          = local.is_premium ? 1 : null

  redis_configuration {
    maxmemory_policy                = "volatile-lru"
    maxmemory_reserved              = local.is_premium ? 125 : null
    maxfragmentationmemory_reserved = local.is_premium ? 125 : null
    notify_keyspace_events          = "Ex"

    // RDB persistence is only available on Premium.
    rdb_backup_enabled            = local.is_premium
    rdb_backup_frequency          = local.is_premium ? 60 : null
    rdb_backup_max_snapshot_count = local.is_premium ? 1 : null

    active_directory_authentication_enabled = true
  }

  dynamic "patch_schedule" {
    for_each = var.patch_schedule
    content {
      day_of_week        = patch_schedule.value.day_of_week
      start_hour_utc     = patch_schedule.value.start_hour_utc
      maintenance_window = "PT5H"
    }
  }

  identity {
    type = "SystemAssigned"
  }

  tags = var.tags

  lifecycle {
    ignore_changes = [redis_configuration[0].rdb_storage_connection_string]
  }
}

resource "azurerm_redis_firewall_rule" "this" {
  for_each = var.private_endpoint == null ? var.firewall_rules : {}

  name                = replace(each.key, "-", "_")
  redis_cache_name    = azurerm_redis_cache.this.name
  resource_group_name = var.resource_group_name
  start_ip            = each.value.start_ip
  end_ip              = each.value.end_ip
}

resource "azurerm_private_endpoint" "redis" {
  count = var.private_endpoint != null ? 1 : 0

  name                = "pe-redis-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  subnet_id           = var.private_endpoint.subnet_id

  private_service_connection {
    name                           = "psc-redis-${var.name}"
    private_connection_resource_id = azurerm_redis_cache.this.id
    subresource_names              = ["redisCache"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = [var.private_endpoint.private_dns_zone_id]
  }

  tags = var.tags
}
