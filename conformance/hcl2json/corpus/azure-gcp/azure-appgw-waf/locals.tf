locals {
  gw_name = "agw-${replace(var.resource_group_name, "rg-", "")}"

  frontend_ip_name          = "feip-public"
  frontend_port_https       = "fep-443"
  frontend_port_http        = "fep-80"
  gateway_ip_configuration  = "gwipc-default"
  ssl_certificate_name      = "cert-wildcard"

  # Flatten path rules out of sites into a single map so each gets its own
  # backend pool and settings.
  path_backends = merge([
    for site_key, site in var.sites : {
      for rule_key, rule in site.path_rules :
      "${site_key}-${rule_key}" => merge(rule, {
        site     = site_key
        port     = site.backend_port
        protocol = site.backend_protocol
      })
    }
  ]...)

  sites_with_paths    = { for k, s in var.sites : k => s if length(s.path_rules) > 0 }
  sites_without_paths = { for k, s in var.sites : k => s if length(s.path_rules) == 0 }
}
