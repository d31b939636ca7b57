resource "aws_cloudwatch_log_group" "waf" {
  # WAF requires the aws-waf-logs- prefix
  name              = "aws-waf-logs-${var.name}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_wafv2_web_acl_logging_configuration" "this" {
  resource_arn            = aws_wafv2_web_acl.this.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]

  redacted_fields {
    single_header {
      name = "authorization"
    }
  }

  redacted_fields {
    single_header {
      name = "cookie"
    }
  }

  logging_filter {
    default_behavior = "DROP"

    filter {
      behavior    = "KEEP"
      requirement = "MEETS_ANY"

      condition {
        action_condition {
          action = "BLOCK"
        }
      }

      condition {
        action_condition {
          action = "COUNT"
        }
      }
    }
  }
}

resource "aws_wafv2_web_acl_association" "this" {
  for_each     = var.scope == "REGIONAL" ? toset(var.resource_arns) : toset([])
  resource_arn = each.value
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}
