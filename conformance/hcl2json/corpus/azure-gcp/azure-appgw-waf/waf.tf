resource "azurerm_web_application_firewall_policy" "this" {
  name                = "wafp-${local.gw_name}"
  resource_group_name = var.resource_group_name
  location            = var.location
  tags                = var.tags

  policy_settings {
    enabled                     = true
    mode                        = var.waf_mode
    request_body_check          = true
    file_upload_limit_in_mb     = 100
    max_request_body_size_in_kb = 128
  }

  # Geo blocking
  custom_rules {
    name      = "BlockCountries"
    priority  = 1
    rule_type = "MatchRule"
    action    = "Block"

    match_conditions {
      match_variables {
        variable_name = "RemoteAddr"
      }
      operator           = "GeoMatch"
      negation_condition = false
      match_values       = var.blocked_countries
    }
  }

  # Rate limit anonymous login attempts
  custom_rules {
    name                 = "RateLimitLogin"
    priority             = 2
    rule_type            = "RateLimitRule"
    action               = "Block"
    rate_limit_duration  = "OneMin"
    rate_limit_threshold = 100
    group_rate_limit_by  = "ClientAddr"

    match_conditions {
      match_variables {
        variable_name = "RequestUri"
      }
      operator     = "Contains"
      match_values = ["/login", "/oauth/token"]
      transforms   = ["Lowercase"]
    }
  }

  dynamic "custom_rules" {
    for_each = length(var.allowed_admin_cidrs) > 0 ? [1] : []
    content {
      name      = "RestrictAdmin"
      priority  = 5
      rule_type = "MatchRule"
      action    = "Block"

      match_conditions {
        match_variables {
          variable_name = "RequestUri"
        }
        operator     = "BeginsWith"
        match_values = ["/admin"]
      }

      match_conditions {
        match_variables {
          variable_name = "RemoteAddr"
        }
        operator           = "IPMatch"
        negation_condition = true
        match_values       = var.allowed_admin_cidrs
      }
    }
  }

  managed_rules {
    exclusion {
      match_variable          = "RequestHeaderNames"
      selector                = "x-company-secret-header"
      selector_match_operator = "Equals"
    }

    exclusion {
      match_variable          = "RequestCookieNames"
      selector                = "__Host-session"
      selector_match_operator = "StartsWith"

      excluded_rule_set {
        type    = "OWASP"
        version = "3.2"

        rule_group {
          rule_group_name = "REQUEST-942-APPLICATION-ATTACK-SQLI"
          excluded_rules  = ["942200", "942260", "942340", "942370"]
        }
      }
    }

    managed_rule_set {
      type    = "OWASP"
      version = "3.2"

      rule_group_override {
        rule_group_name = "REQUEST-920-PROTOCOL-ENFORCEMENT"

        rule {
          id      = "920300"
          enabled = true
          action  = "Log"
        }

        rule {
          id      = "920440"
          enabled = true
          action  = "AnomalyScoring"
        }
      }

      rule_group_override {
        rule_group_name = "REQUEST-931-APPLICATION-ATTACK-RFI"

        rule {
          id      = "931130"
          enabled = false
        }
      }
    }

    managed_rule_set {
      type    = "Microsoft_BotManagerRuleSet"
      version = "1.0"
    }
  }
}
