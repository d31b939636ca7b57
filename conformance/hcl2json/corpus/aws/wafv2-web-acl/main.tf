locals {
  managed_offset = length(var.allowed_ip_cidrs) > 0 ? 10 : 0
}

resource "aws_wafv2_web_acl" "this" {
  name        = var.name
  description = "Web ACL for ${var.name}"
  scope       = var.scope

  default_action {
    allow {}
  }

  custom_response_body {
    key          = "blocked"
    content_type = "APPLICATION_JSON"
    content      = jsonencode({ error = "Request blocked", code = 403 })
  }

  # 0: explicit allow list, evaluated first
  dynamic "rule" {
    for_each = aws_wafv2_ip_set.allow
    content {
      name     = "allow-listed-ips"
      priority = 0

      action {
        allow {}
      }

      statement {
        ip_set_reference_statement {
          arn = rule.value.arn
        }
      }

      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = "${var.name}-allow-listed"
        sampled_requests_enabled   = false
      }
    }
  }

  # Managed rule groups
  dynamic "rule" {
    for_each = { for idx, g in var.managed_rule_groups : g.name => merge(g, { priority = idx + 1 + local.managed_offset }) }

    content {
      name     = rule.key
      priority = rule.value.priority

      override_action {
        dynamic "count" {
          for_each = rule.value.override_to_count ? [1] : []
          content {}
        }
        dynamic "none" {
          for_each = rule.value.override_to_count ? [] : [1]
          content {}
        }
      }

      statement {
        managed_rule_group_statement {
          name        = rule.value.name
          vendor_name = "AWS"
          version     = rule.value.version

          dynamic "rule_action_override" {
            for_each = rule.value.count_rules
            content {
              name = rule_action_override.value
              action_to_use {
                count {}
              }
            }
          }

          dynamic "scope_down_statement" {
            for_each = length(rule.value.excluded_paths) > 0 ? [rule.value.excluded_paths] : []
            content {
              not_statement {
                statement {
                  or_statement {
                    dynamic "statement" {
                      # or_statement needs at least two statements; pad with a never-matching path
                      for_each = length(scope_down_statement.value) > 1 ? scope_down_statement.value : concat(scope_down_statement.value, ["/__never_matches__"])
                      content {
                        byte_match_statement {
                          positional_constraint = "STARTS_WITH"
                          search_string         = statement.value
                          field_to_match {
                            uri_path {}
                          }
                          text_transformation {
                            priority = 0
                            type     = "LOWERCASE"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }

      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = "${var.name}-${rule.key}"
        sampled_requests_enabled   = true
      }
    }
  }

  rule {
    name     = "rate-limit"
    priority = 100

    action {
      block {
        custom_response {
          response_code            = 429
          custom_response_body_key = "blocked"
          response_header {
            name  = "Retry-After"
            value = "300"
          }
        }
      }
    }

    statement {
      rate_based_statement {
        limit                 = var.rate_limit_per_5m
        aggregate_key_type    = "IP"
        evaluation_window_sec = 300

        scope_down_statement {
          and_statement {
            statement {
              not_statement {
                statement {
                  byte_match_statement {
                    positional_constraint = "STARTS_WITH"
                    search_string         = "/health"
                    field_to_match {
                      uri_path {}
                    }
                    text_transformation {
                      priority = 0
                      type     = "NONE"
                    }
                  }
                }
              }
            }

            statement {
              size_constraint_statement {
                comparison_operator = "GE"
                size                = 0
                field_to_match {
                  single_header {
                    name = "user-agent"
                  }
                }
                text_transformation {
                  priority = 0
                  type     = "NONE"
                }
              }
            }
          }
        }
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-rate-limit"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "bad-user-agents"
    priority = 101

    action {
      block {}
    }

    statement {
      regex_pattern_set_reference_statement {
        arn = aws_wafv2_regex_pattern_set.bad_agents.arn
        field_to_match {
          single_header {
            name = "user-agent"
          }
        }
        text_transformation {
          priority = 1
          type     = "URL_DECODE"
        }
        text_transformation {
          priority = 2
          type     = "COMPRESS_WHITE_SPACE"
        }
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-bad-agents"
      sampled_requests_enabled   = true
    }
  }

  dynamic "rule" {
    for_each = length(var.blocked_countries) > 0 ? [var.blocked_countries] : []
    content {
      name     = "geo-block"
      priority = 102

      action {
        block {
          custom_response {
            response_code = 403
          }
        }
      }

      statement {
        geo_match_statement {
          country_codes = rule.value
          forwarded_ip_config {
            header_name       = "X-Forwarded-For"
            fallback_behavior = "NO_MATCH"
          }
        }
      }

      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = "${var.name}-geo"
        sampled_requests_enabled   = true
      }
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = var.name
    sampled_requests_enabled   = true
  }

  tags = var.tags
}
