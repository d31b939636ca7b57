resource "azurerm_cdn_frontdoor_profile" "this" {
  name                     = "afd-${var.name}"
  resource_group_name      = var.resource_group_name
  sku_name                 = var.sku_name
  response_timeout_seconds = 60
  tags                     = var.tags
}

resource "azurerm_cdn_frontdoor_endpoint" "this" {
  for_each = var.endpoints

  name                     = "fde-${var.name}-${each.key}"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.this.id
  enabled                  = true
  tags                     = var.tags
}

resource "azurerm_cdn_frontdoor_origin_group" "this" {
  for_each = var.endpoints

  name                     = "og-${each.key}"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.this.id
  session_affinity_enabled = false

  restore_traffic_time_to_healed_or_new_endpoint_in_minutes = 10

  health_probe {
    interval_in_seconds = each.value.health_probe.interval
    path                = each.value.health_probe.path
    protocol            = each.value.health_probe.protocol
    request_type        = each.value.health_probe.method
  }

  load_balancing {
    additional_latency_in_milliseconds = 50
    sample_size                        = 4
    successful_samples_required        = 3
  }
}

resource "azurerm_cdn_frontdoor_origin" "this" {
  for_each = local.origins

  name                          = replace(each.key, ".", "-")
  cdn_frontdoor_origin_group_id = azurerm_cdn_frontdoor_origin_group.this[each.value.endpoint].id
  enabled                       = true

  certificate_name_check_enabled = true
  host_name                      = each.value.host_name
  origin_host_header             = coalesce(each.value.origin_host_header, each.value.host_name)
  http_port                      = 80
  https_port                     = 443
  priority                       = each.value.priority
  weight                         = each.value.weight

  dynamic "private_link" {
    for_each = each.value.private_link[*]
    content {
      request_message        = "Front Door private link for ${each.key}"
      target_type            = private_link.value.target_type
      location               = private_link.value.location
      private_link_target_id = private_link.value.target_id
    }
  }
}

resource "azurerm_cdn_frontdoor_custom_domain" "this" {
  for_each = var.custom_domains

  name                     = replace(each.value.host_name, ".", "-")
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.this.id
  dns_zone_id              = each.value.dns_zone_id
  host_name                = each.value.host_name

  tls {
    certificate_type    = "ManagedCertificate"
    minimum_tls_version = "TLS12"
  }
}

resource "azurerm_cdn_frontdoor_rule_set" "security" {
  name                     = "security"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.this.id
}

resource "azurerm_cdn_frontdoor_rule" "hsts" {
  name                      = "AddHsts"
  cdn_frontdoor_rule_set_id = azurerm_cdn_frontdoor_rule_set.security.id
  order                     = 1
  behavior_on_match         = "Continue"

  actions {
    response_header_action {
      header_action = "Overwrite"
      header_name   = "Strict-Transport-Security"
      value         = "max-age=63072000"
    }
    response_header_action {
      header_action = "Delete"
      header_name   = "X-Powered-By"
    }
  }
}

resource "azurerm_cdn_frontdoor_rule" "static_cache" {
  name                      = "CacheStatic"
  cdn_frontdoor_rule_set_id = azurerm_cdn_frontdoor_rule_set.security.id
  order                     = 2
  behavior_on_match         = "Stop"

  conditions {
    url_file_extension_condition {
      operator         = "Equal"
      negate_condition = false
      match_values     = ["css", "js", "png", "jpg", "woff2", "svg"]
      transforms       = ["Lowercase"]
    }
  }

  actions {
    route_configuration_override_action {
      cache_behavior                = "OverrideAlways"
      cache_duration                = "7.00:00:00"
      compression_enabled           = true
      query_string_caching_behavior = "IgnoreQueryString"
    }
  }

  depends_on = [
    azurerm_cdn_frontdoor_origin_group.this,
    azurerm_cdn_frontdoor_origin.this,
  ]
}

resource "azurerm_cdn_frontdoor_route" "this" {
  for_each = local.routes

  name                          = replace(each.key, ".", "-")
  cdn_frontdoor_endpoint_id     = azurerm_cdn_frontdoor_endpoint.this[each.value.endpoint].id
  cdn_frontdoor_origin_group_id = azurerm_cdn_frontdoor_origin_group.this[each.value.endpoint].id
  cdn_frontdoor_origin_ids = [
    for k, o in azurerm_cdn_frontdoor_origin.this : o.id
    if startswith(k, "${each.value.endpoint}.")
  ]
  cdn_frontdoor_rule_set_ids = concat(
    [azurerm_cdn_frontdoor_rule_set.security.id],
    [for n in each.value.rule_set_names : "${azurerm_cdn_frontdoor_profile.this.id}/ruleSets/${n}"],
  )
  cdn_frontdoor_custom_domain_ids = [
    for d in each.value.custom_domains : azurerm_cdn_frontdoor_custom_domain.this[d].id
  ]

  enabled                = true
  forwarding_protocol    = each.value.forwarding_protocol
  https_redirect_enabled = true
  patterns_to_match      = each.value.patterns_to_match
  supported_protocols    = ["Http", "Https"]
  link_to_default_domain = length(each.value.custom_domains) == 0

  dynamic "cache" {
    for_each = each.value.cache_enabled ? [true] : []
    content {
      query_string_caching_behavior = each.value.query_string_behavior
      compression_enabled           = each.value.compression_enabled
      content_types_to_compress     = local.content_types_to_compress
    }
  }
}
