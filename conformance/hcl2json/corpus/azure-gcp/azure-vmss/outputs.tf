output "id" {
  value = azurerm_linux_virtual_machine_scale_set.this.id
}

output "principal_id" {
  value = azurerm_linux_virtual_machine_scale_set.this.identity[0].principal_id
}

output "rendered_cloud_init" {
  value     = local.cloud_init_inline
  sensitive = true
}
