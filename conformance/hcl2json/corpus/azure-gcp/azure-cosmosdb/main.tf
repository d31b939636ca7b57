locals {
  geo_locations = concat(
    [{ location = var.primary_location, priority = 0, zone_redundant = true }],
    [
      for i, loc in var.secondary_locations : {
        location       = loc
        priority       = i + 1
        zone_redundant = false
      }
    ],
  )

  containers = merge([
    for db_name, db in var.databases : {
      for c_name, c in db.containers : "${db_name}/${c_name}" => merge(c, {
        database = db_name
        name     = c_name
      })
    }
  ]...)
}

resource "azurerm_cosmosdb_account" "this" {
  name                = var.account_name
  location            = var.primary_location
  resource_group_name = var.resource_group_name
  offer_type          = "Standard"
  kind                = "GlobalDocumentDB"

  automatic_failover_enabled       = true
  multiple_write_locations_enabled = var.multi_region_writes
  local_authentication_disabled    = true
  public_network_access_enabled    = length(var.allowed_subnet_ids) == 0
  is_virtual_network_filter_enabled = length(var.allowed_subnet_ids) > 0
  minimal_tls_version              = "Tls12"

  consistency_policy {
    consistency_level       = var.consistency.level
    max_interval_in_seconds = var.consistency.level == "BoundedStaleness" ? var.consistency.max_interval_in_seconds : null
    max_staleness_prefix    = var.consistency.level == "BoundedStaleness" ? var.consistency.max_staleness_prefix : null
  }

  dynamic "geo_location" {
    for_each = local.geo_locations
    content {
      location          = geo_location.value.location
      failover_priority = geo_location.value.priority
      zone_redundant    = geo_location.value.zone_redundant
    }
  }

  dynamic "virtual_network_rule" {
    for_each = toset(var.allowed_subnet_ids)
    content {
      id                                   = virtual_network_rule.value
      ignore_missing_vnet_service_endpoint = false
    }
  }

  capabilities {
    name = "EnableServerless"
  }

  backup {
    type                = "Continuous"
    tier                = "Continuous30Days"
  }

  identity {
    type = "SystemAssigned"
  }

  tags = var.tags
}

resource "azurerm_cosmosdb_sql_database" "this" {
  for_each = var.databases

  name                = each.key
  resource_group_name = var.resource_group_name
  account_name        = azurerm_cosmosdb_account.this.name

  autoscale_settings {
    max_throughput = each.value.max_throughput
  }
}

resource "azurerm_cosmosdb_sql_container" "this" {
  for_each = local.containers

  name                  = each.value.name
  resource_group_name   = var.resource_group_name
  account_name          = azurerm_cosmosdb_account.this.name
  database_name         = azurerm_cosmosdb_sql_database.this[each.value.database].name
  partition_key_paths   = each.value.partition_key_paths
  partition_key_kind    = length(each.value.partition_key_paths) > 1 ? "MultiHash" : "Hash"
  partition_key_version = 2
  default_ttl           = each.value.default_ttl

  indexing_policy {
    indexing_mode = "consistent"

    included_path {
      path = "/*"
    }

    dynamic "excluded_path" {
      for_each = each.value.excluded_paths
      content {
        path = excluded_path.value
      }
    }

    # Two levels of nesting: each composite index is a list of paths.
    dynamic "composite_index" {
      for_each = each.value.composite_indexes
      content {
        dynamic "index" {
          for_each = composite_index.value
          content {
            path  = index.value.path
            order = lower(index.value.order)
          }
        }
      }
    }
  }

  dynamic "unique_key" {
    for_each = each.value.unique_keys
    content {
      paths = unique_key.value
    }
  }
}

data "azurerm_cosmosdb_sql_role_definition" "contributor" {
  resource_group_name = var.resource_group_name
  account_name        = azurerm_cosmosdb_account.this.name
  role_definition_id  = "00000000-0000-0000-0000-000000000002" # Cosmos DB Built-in Data Contributor
}
