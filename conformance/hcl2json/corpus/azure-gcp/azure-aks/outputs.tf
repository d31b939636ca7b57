output "cluster_id" {
  value = azurerm_kubernetes_cluster.this.id
}

output "oidc_issuer_url" {
  value = azurerm_kubernetes_cluster.this.oidc_issuer_url
}

output "kubelet_identity" {
  value = {
    client_id = azurerm_user_assigned_identity.kubelet.client_id
    object_id = azurerm_user_assigned_identity.kubelet.principal_id
  }
}

output "kube_config_raw" {
  value     = azurerm_kubernetes_cluster.this.kube_config_raw
  sensitive = true
}

output "node_pools" {
  value = merge(
    { system = var.system_pool.vm_size },
    { for k, p in azurerm_kubernetes_cluster_node_pool.user : k => p.vm_size },
  )
}

output "spot_pools" {
  value = local.spot_pool_names
}

output "cloud_init_preview" {
  value = local.node_cloud_init
}
