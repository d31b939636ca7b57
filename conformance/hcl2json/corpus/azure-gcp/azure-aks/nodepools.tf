resource "azurerm_kubernetes_cluster_node_pool" "user" {
  for_each = local.user_pools

  name                  = each.key
  kubernetes_cluster_id = azurerm_kubernetes_cluster.this.id
  vm_size               = each.value.vm_size
  mode                  = each.value.mode
  vnet_subnet_id        = var.node_subnet_id
  zones                 = each.value.zones
  orchestrator_version  = azurerm_kubernetes_cluster.this.kubernetes_version

  enable_auto_scaling = true
  min_count           = each.value.min_count
  max_count           = each.value.max_count

  priority        = each.value.priority
  eviction_policy = each.value.priority == "Spot" ? each.value.eviction_policy : null
  spot_max_price  = each.value.priority == "Spot" ? each.value.spot_max_price : null

  os_disk_size_gb = each.value.os_disk_size_gb
  os_disk_type    = each.value.os_disk_type
  os_sku          = "AzureLinux"

  node_labels = each.value.labels
  node_taints = each.value.taints

  custom_ca_trust_enabled = false

  dynamic "upgrade_settings" {
    # Spot pools do not support surge upgrades.
    for_each = each.value.priority == "Spot" ? [] : [each.value.max_surge]
    content {
      max_surge = upgrade_settings.value
    }
  }

  linux_os_config {
    transparent_huge_page_enabled = "madvise"

    sysctl_config {
      vm_max_map_count         = 262144
      net_core_somaxconn       = 16384
      fs_inotify_max_user_watches = 1048576
    }
  }

  tags = merge(var.tags, {
    "pool" = each.key
  })

  lifecycle {
    ignore_changes = [node_count]
    create_before_destroy = false
  }
}
