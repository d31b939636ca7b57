resource "azurerm_storage_management_policy" "this" {
  count = length(local.lifecycle_rules) > 0 ? 1 : 0

  storage_account_id = azurerm_storage_account.this.id

  dynamic "rule" {
    for_each = local.lifecycle_rules
    content {
      name    = rule.value.name
      enabled = true

      filters {
        prefix_match = rule.value.prefix_match
        blob_types   = rule.value.blob_types

        dynamic "match_blob_index_tag" {
          for_each = rule.value.match_blob_index_tags
          iterator = tag
          content {
            name      = tag.value.name
            operation = tag.value.operation
            value     = tag.value.value
          }
        }
      }

      actions {
        dynamic "base_blob" {
          for_each = rule.value.has_base_actions ? [rule.value] : []
          content {
            tier_to_cool_after_days_since_last_access_time_greater_than = base_blob.value.cool_after_days
            tier_to_cold_after_days_since_modification_greater_than     = base_blob.value.cold_after_days
            tier_to_archive_after_days_since_modification_greater_than  = base_blob.value.archive_after_days
            delete_after_days_since_modification_greater_than           = base_blob.value.delete_after_days
            auto_tier_to_hot_from_cool_enabled                          = base_blob.value.cool_after_days != null
          }
        }

        dynamic "snapshot" {
          for_each = rule.value.snapshot_delete_after_days == null ? [] : [rule.value.snapshot_delete_after_days]
          content {
            delete_after_days_since_creation_greater_than = snapshot.value
          }
        }

        dynamic "version" {
          for_each = rule.value.version_delete_after_days != null ? [rule.value.version_delete_after_days] : []
          content {
            delete_after_days_since_creation = version.value
          }
        }
      }
    }
  }
}
