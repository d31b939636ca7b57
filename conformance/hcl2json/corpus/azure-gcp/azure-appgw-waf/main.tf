resource "azurerm_public_ip" "gw" {
  name                = "pip-${local.gw_name}"
  resource_group_name = var.resource_group_name
  location            = var.location
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
  domain_name_label   = local.gw_name
  tags                = var.tags
}

resource "azurerm_application_gateway" "this" {
  name                = local.gw_name
  resource_group_name = var.resource_group_name
  location            = var.location
  zones               = ["1", "2", "3"]
  enable_http2        = true
  firewall_policy_id  = azurerm_web_application_firewall_policy.this.id
  tags                = var.tags

  sku {
    name = "WAF_v2"
    tier = "WAF_v2"
  }

  autoscale_configuration {
    min_capacity = var.capacity.min
    max_capacity = var.capacity.max
  }

  identity {
    type         = "UserAssigned"
    identity_ids = [var.identity_id]
  }

  gateway_ip_configuration {
    name      = local.gateway_ip_configuration
    subnet_id = var.subnet_id
  }

  frontend_ip_configuration {
    name                 = local.frontend_ip_name
    public_ip_address_id = azurerm_public_ip.gw.id
  }

  frontend_port {
    name = local.frontend_port_https
    port = 443
  }

  frontend_port {
    name = local.frontend_port_http
    port = 80
  }

  ssl_certificate {
    name                = local.ssl_certificate_name
    key_vault_secret_id = var.key_vault_secret_id
  }

  ssl_policy {
    policy_type          = "Predefined"
    policy_name          = "AppGwSslPolicy20220101S"
  }

  # ---------------------------------------------------------------------------
  # Backends
  # ---------------------------------------------------------------------------
  dynamic "backend_address_pool" {
    for_each = var.sites
    content {
      name  = "bep-${backend_address_pool.key}"
      fqdns = backend_address_pool.value.backend_fqdns
    }
  }

  dynamic "backend_address_pool" {
    for_each = local.path_backends
    content {
      name  = "bep-${backend_address_pool.key}"
      fqdns = [backend_address_pool.value.backend_fqdn]
    }
  }

  dynamic "probe" {
    for_each = var.sites
    content {
      name                                      = "probe-${probe.key}"
      protocol                                  = probe.value.backend_protocol
      path                                      = probe.value.probe_path
      interval                                  = 30
      timeout                                   = 30
      unhealthy_threshold                       = 3
      pick_host_name_from_backend_http_settings = true

      match {
        status_code = ["200-399"]
      }
    }
  }

  dynamic "backend_http_settings" {
    for_each = var.sites
    iterator = site
    content {
      name                                = "bhs-${site.key}"
      cookie_based_affinity               = site.value.affinity ? "Enabled" : "Disabled"
      affinity_cookie_name                = site.value.affinity ? "AGWAFFINITY" : null
      port                                = site.value.backend_port
      protocol                            = site.value.backend_protocol
      request_timeout                     = site.value.request_timeout
      probe_name                          = "probe-${site.key}"
      pick_host_name_from_backend_address = true

      connection_draining {
        enabled           = true
        drain_timeout_sec = 60
      }
    }
  }

  dynamic "backend_http_settings" {
    for_each = local.path_backends
    content {
      name                                = "bhs-${backend_http_settings.key}"
      cookie_based_affinity               = "Disabled"
      port                                = backend_http_settings.value.port
      protocol                            = backend_http_settings.value.protocol
      request_timeout                     = 60
      pick_host_name_from_backend_address = true
    }
  }

  # ---------------------------------------------------------------------------
  # Listeners & routing
  # ---------------------------------------------------------------------------
  dynamic "http_listener" {
    for_each = var.sites
    content {
      name                           = "lst-${http_listener.key}-https"
      frontend_ip_configuration_name = local.frontend_ip_name
      frontend_port_name             = local.frontend_port_https
      protocol                       = "Https"
      host_names                     = http_listener.value.host_names
      ssl_certificate_name           = local.ssl_certificate_name
      require_sni                    = true
    }
  }

  http_listener {
    name                           = "lst-catchall-http"
    frontend_ip_configuration_name = local.frontend_ip_name
    frontend_port_name             = local.frontend_port_http
    protocol                       = "Http"
  }

  redirect_configuration {
    name                 = "redir-http-to-https"
    redirect_type        = "Permanent"
    target_listener_name = "lst-${keys(var.sites)[0]}-https"
    include_path         = true
    include_query_string = true
  }

  request_routing_rule {
    name                        = "rr-http-redirect"
    rule_type                   = "Basic"
    priority                    = 10
    http_listener_name          = "lst-catchall-http"
    redirect_configuration_name = "redir-http-to-https"
  }

  dynamic "request_routing_rule" {
    for_each = local.sites_without_paths
    content {
      name                       = "rr-${request_routing_rule.key}"
      rule_type                  = "Basic"
      priority                   = request_routing_rule.value.priority
      http_listener_name         = "lst-${request_routing_rule.key}-https"
      backend_address_pool_name  = "bep-${request_routing_rule.key}"
      backend_http_settings_name = "bhs-${request_routing_rule.key}"
      rewrite_rule_set_name      = request_routing_rule.value.rewrite_hsts ? "rw-security-headers" : null
    }
  }

  dynamic "request_routing_rule" {
    for_each = local.sites_with_paths
    content {
      name               = "rr-${request_routing_rule.key}"
      rule_type          = "PathBasedRouting"
      priority           = request_routing_rule.value.priority
      http_listener_name = "lst-${request_routing_rule.key}-https"
      url_path_map_name  = "upm-${request_routing_rule.key}"
    }
  }

  # Path maps: two levels of dynamic blocks (site -> path rules).
  dynamic "url_path_map" {
    for_each = local.sites_with_paths
    iterator = site
    content {
      name                               = "upm-${site.key}"
      default_backend_address_pool_name  = "bep-${site.key}"
      default_backend_http_settings_name = "bhs-${site.key}"
      default_rewrite_rule_set_name      = "rw-security-headers"

      dynamic "path_rule" {
        for_each = site.value.path_rules
        content {
          name                       = "pr-${path_rule.key}"
          paths                      = path_rule.value.paths
          backend_address_pool_name  = "bep-${site.key}-${path_rule.key}"
          backend_http_settings_name = "bhs-${site.key}-${path_rule.key}"
        }
      }
    }
  }

  rewrite_rule_set {
    name = "rw-security-headers"

    rewrite_rule {
      name          = "add-hsts"
      rule_sequence = 100

      response_header_configuration {
        header_name  = "Strict-Transport-Security"
        header_value = "max-age=31536000; includeSubDomains; preload"
      }

      response_header_configuration {
        header_name  = "X-Content-Type-Options"
        header_value = "nosniff"
      }
    }

    rewrite_rule {
      name          = "strip-server-header"
      rule_sequence = 110

      condition {
        variable    = "http_resp_Server"
        pattern     = ".*"
        ignore_case = true
        negate      = false
      }

      response_header_configuration {
        header_name  = "Server"
        header_value = ""
      }
    }

    rewrite_rule {
      name          = "forwarded-proto"
      rule_sequence = 120

      request_header_configuration {
        header_name  = "X-Forwarded-Proto"
        header_value = "https"
      }

      url {
        reroute    = false
        components = "path_only"
        path       = "{var_uri_path}"
      }
    }
  }

  lifecycle {
    ignore_changes = [
      # Certificates are rotated out-of-band by Key Vault.
      ssl_certificate,
      tags["last-rotated"],
    ]
  }
}
