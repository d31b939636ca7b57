locals {
  # AWS managed rule groups, evaluated in this order before the rate limit.
  managed_rule_groups = [
    "AWSManagedRulesAmazonIpReputationList",
    "AWSManagedRulesCommonRuleSet",
    "AWSManagedRulesKnownBadInputsRuleSet",
    "AWSManagedRulesSQLiRuleSet",
  ]

  waf_rules = concat(
    [
      for idx, group in local.managed_rule_groups : {
        Name           = group
        Priority       = (idx + 1) * 10
        OverrideAction = { None = {} }
        Statement = {
          ManagedRuleGroupStatement = {
            VendorName = "AWS"
            Name       = group
          }
        }
        VisibilityConfig = {
          CloudWatchMetricsEnabled = true
          SampledRequestsEnabled   = true
          MetricName               = "${var.name_prefix}-${group}"
        }
      }
    ],
    [
      {
        Name     = "rate-limit-per-ip"
        Priority = 100
        Action   = { Block = {} }
        Statement = {
          RateBasedStatement = {
            Limit            = var.rate_limit_per_ip
            AggregateKeyType = "IP"
          }
        }
        VisibilityConfig = {
          CloudWatchMetricsEnabled = true
          SampledRequestsEnabled   = true
          MetricName               = "${var.name_prefix}-rate-limit"
        }
      }
    ],
  )
}

# CLOUDFRONT-scoped web ACLs can only be created in us-east-1.
resource "aws_wafv2_web_acl" "cloudfront" {
  provider = aws.us_east_1

  name        = "${var.name_prefix}-storefront"
  description = "Protects the ${var.name_prefix} CloudFront distribution"
  scope       = "CLOUDFRONT"

  default_action {
    allow {}
  }

  # Rules in the WAF API's JSON form, generated from the list above.
  rule_json = jsonencode(local.waf_rules)

  visibility_config {
    cloudwatch_metrics_enabled = true
    sampled_requests_enabled   = true
    metric_name                = "${var.name_prefix}-storefront"
  }

  tags = {
    Name = "${var.name_prefix}-storefront"
  }
}
