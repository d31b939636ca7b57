locals {
  # Cloud Armor expressions are CEL; build them from inputs.
  geo_block_expression = join(" || ", [
    for r in var.armor.blocked_regions : "origin.region_code == '${r}'"
  ])

  waf_rules = {
    for idx, rule in var.armor.preconfigured_waf : rule => {
      priority   = 2000 + idx * 10
      expression = "evaluatePreconfiguredWaf('${rule}', {'sensitivity': 1})"
    }
  }
}

resource "google_compute_security_policy" "this" {
  provider = google-beta

  project     = var.project_id
  name        = "${var.name}-armor"
  description = "Edge security policy for ${var.name}"
  type        = "CLOUD_ARMOR"

  advanced_options_config {
    json_parsing = "STANDARD"
    log_level    = "VERBOSE"
  }

  dynamic "adaptive_protection_config" {
    for_each = var.armor.adaptive_protection ? [1] : []
    content {
      layer_7_ddos_defense_config {
        enable          = true
        rule_visibility = "STANDARD"
      }
    }
  }

  # Explicit allowlist takes precedence over everything else.
  dynamic "rule" {
    for_each = length(var.armor.allowed_ip_ranges) > 0 ? [var.armor.allowed_ip_ranges] : []
    content {
      action      = "allow"
      priority    = 100
      description = "Trusted source ranges"

      match {
        versioned_expr = "SRC_IPS_V1"
        config {
          src_ip_ranges = rule.value
        }
      }
    }
  }

  dynamic "rule" {
    for_each = length(var.armor.blocked_regions) > 0 ? [local.geo_block_expression] : []
    content {
      action      = "deny(403)"
      priority    = 1000
      description = "Geo block"

      match {
        expr {
          expression = rule.value
        }
      }
    }
  }

  rule {
    action   = "throttle"
    priority = 1500
    description = "Per-IP rate limit"

    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }

    rate_limit_options {
      conform_action = "allow"
      exceed_action  = "deny(429)"
      enforce_on_key = "IP"

      rate_limit_threshold {
        count        = var.armor.rate_limit_per_minute
        interval_sec = 60
      }
    }
  }

  dynamic "rule" {
    for_each = local.waf_rules
    content {
      action      = "deny(403)"
      priority    = rule.value.priority
      description = "OWASP: ${rule.key}"
      preview     = false

      match {
        expr {
          expression = rule.value.expression
        }
      }
    }
  }

  rule {
    action      = "deny(403)"
    priority    = 3000
    description = "Block known scanners by user agent"

    match {
      expr {
        expression = <<-CEL
          request.headers['user-agent'].matches('(?i)(sqlmap|nikto|nessus|masscan|zgrab)')
          || request.path.matches('/(wp-admin|wp-login\\.php|\\.env|\\.git/)')
        CEL
      }
    }
  }

  # Default rule (must exist, lowest priority)
  rule {
    action      = "allow"
    priority    = 2147483647
    description = "Default allow"

    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
  }
}
