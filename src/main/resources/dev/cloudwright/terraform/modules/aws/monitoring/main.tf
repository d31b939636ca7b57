data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region

  # Which resources are watched: from var.watch when given (identifiers such as ARN suffixes are only known
  # after apply, and counts must be known at plan time), else from which identifiers are set.
  watch        = var.watch == null ? [] : var.watch
  alb          = var.watch != null ? contains(local.watch, "alb") : var.alb_arn_suffix != null
  target_group = var.watch != null ? contains(local.watch, "alb") : var.alb_arn_suffix != null && var.target_group_arn_suffix != null
  ecs          = var.watch != null ? contains(local.watch, "ecs") : var.ecs_cluster_name != null && var.ecs_service_name != null
  lambda       = var.watch != null ? contains(local.watch, "lambda") : var.lambda_function_name != null
  api          = var.watch != null ? contains(local.watch, "api") : var.api_id != null
  aurora       = var.watch != null ? contains(local.watch, "aurora") : var.aurora_cluster_identifier != null
  rds          = var.watch != null ? contains(local.watch, "rds") : var.rds_instance_identifier != null
  dynamodb     = var.watch != null ? contains(local.watch, "dynamodb") : var.dynamodb_table_name != null
  elasticache  = var.watch != null ? contains(local.watch, "elasticache") : var.elasticache_replication_group_id != null
  asg          = var.watch != null ? contains(local.watch, "asg") : var.asg_name != null
  eks          = var.watch != null ? contains(local.watch, "eks") : var.eks_cluster_name != null

  # ElastiCache publishes engine metrics per node (CacheClusterId). Member clusters are named <group>-<node:03d>
  # without cluster mode and <group>-<shard:04d>-<node:03d> with it.
  elasticache_nodes_per_shard = var.elasticache_replicas_per_node_group + 1
  elasticache_node_count      = var.elasticache_num_node_groups * local.elasticache_nodes_per_shard
  elasticache_nodes = local.elasticache ? [
    for i in range(local.elasticache_node_count) : (
      var.elasticache_num_node_groups > 1
      ? format("%s-%04d-%03d", var.elasticache_replication_group_id, floor(i / local.elasticache_nodes_per_shard) + 1, i % local.elasticache_nodes_per_shard + 1)
      : format("%s-%03d", var.elasticache_replication_group_id, i + 1)
    )
  ] : []

  latency_ms    = var.latency_p99_seconds * 1000
  alarm_actions = [aws_sns_topic.alarms.arn]
}

# Alarm notifications. The topic is encrypted with the customer-managed key: CloudWatch can publish to it only
# because the key policy lets cloudwatch.amazonaws.com use the key (AWS managed alias/aws/sns cannot be used).
# https://repost.aws/knowledge-center/cloudwatch-configure-alarm-sns
resource "aws_sns_topic" "alarms" {
  name              = "${var.name}-alarms"
  display_name      = "${var.name} alarms"
  kms_master_key_id = var.kms_key_arn

  tags = merge(var.tags, { Name = "${var.name}-alarms", "cloudwright:component" = var.component_id })
}

data "aws_iam_policy_document" "topic" {
  statement {
    sid    = "AccountAdministration"
    effect = "Allow"
    actions = [
      "sns:GetTopicAttributes",
      "sns:SetTopicAttributes",
      "sns:AddPermission",
      "sns:RemovePermission",
      "sns:DeleteTopic",
      "sns:Subscribe",
      "sns:ListSubscriptionsByTopic",
      "sns:Publish",
    ]
    resources = [aws_sns_topic.alarms.arn]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  # Only this module's alarms (names start with <name>-) may publish.
  # https://repost.aws/knowledge-center/cloudwatch-receive-sns-for-alarm-trigger
  statement {
    sid       = "AllowCloudWatchAlarms"
    effect    = "Allow"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alarms.arn]

    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:cloudwatch:${local.region}:${local.account_id}:alarm:${var.name}-*"]
    }
  }

  # High-severity GuardDuty findings (rule below) page the on-call through this topic.
  # https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions
  dynamic "statement" {
    for_each = var.security_findings ? [true] : []

    content {
      sid       = "AllowGuardDutyFindingRule"
      effect    = "Allow"
      actions   = ["sns:Publish"]
      resources = [aws_sns_topic.alarms.arn]

      principals {
        type        = "Service"
        identifiers = ["events.amazonaws.com"]
      }

      condition {
        test     = "ArnEquals"
        variable = "aws:SourceArn"
        values   = [aws_cloudwatch_event_rule.guardduty_findings[0].arn]
      }
    }
  }

  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alarms.arn]

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_sns_topic_policy" "alarms" {
  arn    = aws_sns_topic.alarms.arn
  policy = data.aws_iam_policy_document.topic.json
}

resource "aws_sns_topic_subscription" "email" {
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}

# Alarm history archive: CloudWatch keeps alarm history for a limited time only, so every state change of this
# module's alarms is also written to an encrypted log group for post-incident review.
resource "aws_cloudwatch_log_group" "alarm_history" {
  name              = "/aws/events/${var.name}-alarm-history"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = merge(var.tags, { Name = "/aws/events/${var.name}-alarm-history", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_event_rule" "alarm_state_change" {
  name        = "${var.name}-alarm-state-change"
  description = "State changes of the ${var.name} alarms, archived to CloudWatch Logs."
  event_pattern = jsonencode({
    source        = ["aws.cloudwatch"]
    "detail-type" = ["CloudWatch Alarm State Change"]
    detail = {
      alarmName = [{ prefix = "${var.name}-" }]
    }
  })

  tags = merge(var.tags, { Name = "${var.name}-alarm-state-change", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_event_target" "alarm_history" {
  rule      = aws_cloudwatch_event_rule.alarm_state_change.name
  target_id = "alarm-history"
  arn       = aws_cloudwatch_log_group.alarm_history.arn
}

# EventBridge needs a CloudWatch Logs resource policy to write to the log group.
# https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-cloudwatchlogs-permissions
data "aws_iam_policy_document" "alarm_history" {
  statement {
    sid       = "EventBridgeToAlarmHistory"
    effect    = "Allow"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.alarm_history.arn}:*"]

    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com", "delivery.logs.amazonaws.com"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_cloudwatch_event_rule.alarm_state_change.arn]
    }
  }
}

resource "aws_cloudwatch_log_resource_policy" "alarm_history" {
  policy_name     = "${var.name}-alarm-history"
  policy_document = data.aws_iam_policy_document.alarm_history.json
}

# GuardDuty findings of high severity (7 and above) page the on-call engineer through the alarm topic; every finding also
# reaches Security Hub, which GuardDuty sends its findings to by itself when both are enabled in the region.
# https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings_eventbridge.html
# https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings-severity.html
resource "aws_cloudwatch_event_rule" "guardduty_findings" {
  count = var.security_findings ? 1 : 0

  name        = "${var.name}-guardduty-high"
  description = "High-severity GuardDuty findings, to the ${var.name} alarm topic."
  event_pattern = jsonencode({
    source        = ["aws.guardduty"]
    "detail-type" = ["GuardDuty Finding"]
    detail = {
      severity = [{ numeric = [">=", 7] }]
    }
  })

  tags = merge(var.tags, { Name = "${var.name}-guardduty-high", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_event_target" "guardduty_findings" {
  count = var.security_findings ? 1 : 0

  rule      = aws_cloudwatch_event_rule.guardduty_findings[0].name
  target_id = "alarm-topic"
  arn       = aws_sns_topic.alarms.arn
}
