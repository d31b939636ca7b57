output "name_servers" {
  value = azurerm_dns_zone.this.name_servers
}

output "record_fqdns" {
  value = sort(concat(
    values(azurerm_dns_a_record.this)[*].fqdn,
    values(azurerm_dns_aaaa_record.this)[*].fqdn,
    values(azurerm_dns_cname_record.this)[*].fqdn,
    values(azurerm_dns_txt_record.this)[*].fqdn,
  ))
}

output "private_zone_ids" {
  value = { for k, z in azurerm_private_dns_zone.this : k => z.id }
}

output "summary" {
  value = local.zone_summary
}
