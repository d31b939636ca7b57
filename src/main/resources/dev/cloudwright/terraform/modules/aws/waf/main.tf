data "aws_region" "current" {}

data "aws_partition" "current" {}

data "aws_caller_identity" "current" {}

locals {
  # Settings some managed rule groups require (ManagedRuleGroupConfigs in the WAF API).
  managed_rule_group_configs = {
    AWSManagedRulesBotControlRuleSet = {
      ManagedRuleGroupConfigs = [{ AWSManagedRulesBotControlRuleSet = { InspectionLevel = "COMMON" } }]
    }
  }

  # Rules in the WAF API's JSON shape (the bundled provider schema has rule statements as an
  # attribute, so rule_json is used instead of rule blocks). The rate limit is evaluated first so that
  # floods are blocked before the managed rule groups are billed for them.
  rate_limit_rule = {
    Name     = "rate-limit-per-ip"
    Priority = 0
    Action   = { Block = {} }
    Statement = {
      RateBasedStatement = {
        Limit               = var.rate_limit
        AggregateKeyType    = "IP"
        EvaluationWindowSec = 300
      }
    }
    VisibilityConfig = {
      CloudWatchMetricsEnabled = true
      MetricName               = "${var.name}-rate-limit-per-ip"
      SampledRequestsEnabled   = true
    }
  }

  managed_rules = [
    for i, group in var.managed_rule_groups : {
      Name           = group
      Priority       = i + 1
      OverrideAction = { None = {} }
      Statement = {
        ManagedRuleGroupStatement = merge({ VendorName = "AWS", Name = group }, try(local.managed_rule_group_configs[group], {}))
      }
      VisibilityConfig = {
        CloudWatchMetricsEnabled = true
        MetricName               = "${var.name}-${group}"
        SampledRequestsEnabled   = true
      }
    }
  ]
}

resource "aws_wafv2_web_acl" "this" {
  name        = var.name
  description = "Web ACL ${var.name}: per-IP rate limit and AWS managed rule groups"
  scope       = var.scope

  default_action {
    allow {}
  }

  rule_json = jsonencode(concat([local.rate_limit_rule], local.managed_rules))

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = var.name
    sampled_requests_enabled   = true
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  lifecycle {
    precondition {
      condition     = var.scope == "REGIONAL" || data.aws_region.current.region == "us-east-1"
      error_message = "A CLOUDFRONT web ACL must be created in us-east-1: pass a us-east-1 provider to this module."
    }
  }
}

# WAF logs go to a CloudWatch Logs group whose name must start with aws-waf-logs-.
resource "aws_cloudwatch_log_group" "this" {
  name              = "aws-waf-logs-${var.name}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = merge(var.tags, { Name = "aws-waf-logs-${var.name}", "cloudwright:component" = var.component_id })

  lifecycle {
    precondition {
      condition     = var.kms_key_arn == null || try(split(":", var.kms_key_arn)[3] == data.aws_region.current.region, false)
      error_message = "kms_key_arn must be a key in the same region as the web ACL's log group."
    }
  }
}

# Lets the log delivery service write WAF logs of this account into this log group only.
data "aws_iam_policy_document" "log_delivery" {
  statement {
    sid       = "WafLogDelivery"
    effect    = "Allow"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]

    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${data.aws_partition.current.partition}:logs:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:*"]
    }
  }
}

resource "aws_cloudwatch_log_resource_policy" "this" {
  policy_name     = "aws-waf-logs-${var.name}"
  policy_document = data.aws_iam_policy_document.log_delivery.json
}

resource "aws_wafv2_web_acl_logging_configuration" "this" {
  resource_arn            = aws_wafv2_web_acl.this.arn
  log_destination_configs = [aws_cloudwatch_log_group.this.arn]

  # Credentials and session cookies stay out of the logs.
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

  depends_on = [aws_cloudwatch_log_resource_policy.this]
}
