output "profile_id" {
  value = azurerm_cdn_frontdoor_profile.this.id
}

output "resource_guid" {
  description = "Used to lock backends to this Front Door via the X-Azure-FDID header."
  value       = azurerm_cdn_frontdoor_profile.this.resource_guid
}

output "endpoint_hostnames" {
  value = { for k, e in azurerm_cdn_frontdoor_endpoint.this : k => e.host_name }
}

output "custom_domain_validation" {
  description = "TXT records required to validate custom domains not hosted in Azure DNS."
  value = {
    for k, d in azurerm_cdn_frontdoor_custom_domain.this : k => {
      name  = "_dnsauth.${d.host_name}"
      value = d.validation_token
    } if var.custom_domains[k].dns_zone_id == null
  }
}
