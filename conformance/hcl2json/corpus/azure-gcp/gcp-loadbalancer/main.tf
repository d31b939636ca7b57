locals {
  serverless_backends = { for k, b in var.backends : k => b if b.serverless_neg != null }
  instance_backends   = { for k, b in var.backends : k => b if b.serverless_neg == null }
}

resource "google_compute_global_address" "this" {
  project    = var.project_id
  name       = "${var.name}-ip"
  ip_version = "IPV4"
}

resource "google_compute_managed_ssl_certificate" "this" {
  project = var.project_id
  name    = "${var.name}-cert-${substr(sha1(join(",", sort(var.domains))), 0, 8)}"

  managed {
    domains = var.domains
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_ssl_policy" "this" {
  project         = var.project_id
  name            = "${var.name}-ssl-policy"
  profile         = "MODERN"
  min_tls_version = var.ssl_policy_min_tls
}

resource "google_compute_health_check" "this" {
  for_each = local.instance_backends

  project             = var.project_id
  name                = "${var.name}-${each.key}-hc"
  check_interval_sec  = 10
  timeout_sec         = 5
  healthy_threshold   = 2
  unhealthy_threshold = 3

  https_health_check {
    port_specification = "USE_SERVING_PORT"
    request_path       = each.value.health_check_path
  }

  log_config {
    enable = false
  }
}

resource "google_compute_region_network_endpoint_group" "serverless" {
  for_each = local.serverless_backends

  project               = var.project_id
  name                  = "${var.name}-${each.key}-neg"
  region                = each.value.serverless_neg.region
  network_endpoint_type = "SERVERLESS"

  cloud_run {
    service = each.value.serverless_neg.service
  }
}

resource "google_compute_backend_service" "this" {
  for_each = var.backends

  project               = var.project_id
  name                  = "${var.name}-${each.key}"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = each.value.protocol
  port_name             = each.value.serverless_neg == null ? each.value.port_name : null
  timeout_sec           = each.value.serverless_neg == null ? each.value.timeout_sec : null
  enable_cdn            = each.value.enable_cdn
  security_policy       = google_compute_security_policy.this.id
  health_checks         = each.value.serverless_neg == null ? [google_compute_health_check.this[each.key].id] : null
  session_affinity      = "NONE"
  locality_lb_policy    = "ROUND_ROBIN"

  custom_response_headers = [
    "X-Cache-Status: {cdn_cache_status}",
    "X-Client-Geo: {client_region}",
  ]

  dynamic "backend" {
    for_each = each.value.groups
    content {
      group           = backend.value.group
      balancing_mode  = backend.value.balancing_mode
      capacity_scaler = backend.value.capacity_scaler
      max_utilization = backend.value.balancing_mode == "UTILIZATION" ? backend.value.max_utilization : null
    }
  }

  dynamic "backend" {
    for_each = each.value.serverless_neg != null ? [each.key] : []
    content {
      group = google_compute_region_network_endpoint_group.serverless[backend.value].id
    }
  }

  dynamic "cdn_policy" {
    for_each = each.value.enable_cdn ? [1] : []
    content {
      cache_mode                   = "CACHE_ALL_STATIC"
      default_ttl                  = 3600
      max_ttl                      = 86400
      client_ttl                   = 3600
      negative_caching             = true
      serve_while_stale            = 86400
      signed_url_cache_max_age_sec = 0

      cache_key_policy {
        include_host           = true
        include_protocol       = true
        include_query_string   = true
        query_string_whitelist = ["v", "lang"]
      }

      negative_caching_policy {
        code = 404
        ttl  = 60
      }
    }
  }

  dynamic "iap" {
    for_each = each.value.iap && var.iap_oauth != null ? [var.iap_oauth] : []
    content {
      enabled              = true
      oauth2_client_id     = iap.value.client_id
      oauth2_client_secret = iap.value.client_secret
    }
  }

  log_config {
    enable      = true
    sample_rate = each.value.log_sample_rate
  }
}

resource "google_compute_url_map" "https" {
  project         = var.project_id
  name            = "${var.name}-urlmap"
  default_service = google_compute_backend_service.this[var.default_backend].id

  dynamic "host_rule" {
    for_each = var.path_rules
    content {
      hosts        = [host_rule.key]
      path_matcher = replace(host_rule.key, ".", "-")
    }
  }

  dynamic "path_matcher" {
    for_each = var.path_rules
    content {
      name            = replace(path_matcher.key, ".", "-")
      default_service = google_compute_backend_service.this[var.default_backend].id

      dynamic "path_rule" {
        for_each = path_matcher.value
        content {
          paths   = path_rule.value.paths
          service = google_compute_backend_service.this[path_rule.value.backend].id
        }
      }
    }
  }

  test {
    host    = var.domains[0]
    path    = "/"
    service = google_compute_backend_service.this[var.default_backend].id
  }
}

resource "google_compute_url_map" "http_redirect" {
  project = var.project_id
  name    = "${var.name}-http-redirect"

  default_url_redirect {
    https_redirect         = true
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
    strip_query            = false
  }
}

resource "google_compute_target_https_proxy" "this" {
  project          = var.project_id
  name             = "${var.name}-https-proxy"
  url_map          = google_compute_url_map.https.id
  ssl_certificates = [google_compute_managed_ssl_certificate.this.id]
  ssl_policy       = google_compute_ssl_policy.this.id
  quic_override    = "ENABLE"
  http_keep_alive_timeout_sec = 610
}

resource "google_compute_target_http_proxy" "redirect" {
  project = var.project_id
  name    = "${var.name}-http-proxy"
  url_map = google_compute_url_map.http_redirect.id
}

resource "google_compute_global_forwarding_rule" "https" {
  project               = var.project_id
  name                  = "${var.name}-https"
  target                = google_compute_target_https_proxy.this.id
  ip_address            = google_compute_global_address.this.id
  port_range            = "443"
  ip_protocol           = "TCP"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  labels = {
    lb = var.name
  }
}

resource "google_compute_global_forwarding_rule" "http" {
  project               = var.project_id
  name                  = "${var.name}-http"
  target                = google_compute_target_http_proxy.redirect.id
  ip_address            = google_compute_global_address.this.id
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}
