resource "aws_cloudwatch_metric_alarm" "alb_5xx_rate" {
  alarm_name          = "${var.dashboard_name}-alb-5xx-rate"
  alarm_description   = "More than ${var.alarm_thresholds.alb_5xx_rate_pct}% of requests returned 5xx"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  threshold           = var.alarm_thresholds.alb_5xx_rate_pct
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  metric_query {
    id          = "rate"
    expression  = "100 * (e5xx / MAX([req, 1]))"
    label       = "5xx rate"
    return_data = true
  }

  metric_query {
    id = "e5xx"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      period      = 60
      stat        = "Sum"
      dimensions = {
        LoadBalancer = var.alb_arn_suffix
      }
    }
  }

  metric_query {
    id = "req"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      period      = 60
      stat        = "Sum"
      dimensions = {
        LoadBalancer = var.alb_arn_suffix
      }
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "alb_latency" {
  alarm_name          = "${var.dashboard_name}-alb-p99"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  extended_statistic  = "p99"
  period              = 60
  evaluation_periods  = 10
  datapoints_to_alarm = 6
  threshold           = var.alarm_thresholds.alb_p99_latency_s
  comparison_operator = "GreaterThanThreshold"
  dimensions          = { LoadBalancer = var.alb_arn_suffix }
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "ecs_cpu" {
  for_each = toset(var.ecs_services)

  alarm_name          = "${var.dashboard_name}-${each.key}-cpu"
  namespace           = "AWS/ECS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = var.alarm_thresholds.ecs_cpu_pct
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [var.alarm_topic_arn]

  dimensions = {
    ClusterName = var.ecs_cluster_name
    ServiceName = each.value
  }
}

resource "aws_cloudwatch_metric_alarm" "lambda_errors" {
  for_each = toset(var.lambda_function_names)

  alarm_name          = "${each.value}-errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.alarm_thresholds.lambda_error_count
  comparison_operator = "GreaterThanOrEqualToThreshold"
  dimensions          = { FunctionName = each.value }
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "sqs_age" {
  count = length(var.sqs_queue_names)

  alarm_name          = "${var.sqs_queue_names[count.index]}-oldest-message"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = var.alarm_thresholds.sqs_oldest_age_s
  comparison_operator = "GreaterThanThreshold"
  dimensions          = { QueueName = element(var.sqs_queue_names, count.index) }
  alarm_actions       = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_composite_alarm" "service_degraded" {
  alarm_name        = "${var.dashboard_name}-degraded"
  alarm_description = "Composite: ALB errors AND latency both in alarm"
  alarm_actions     = [var.alarm_topic_arn]

  alarm_rule = join(" AND ", [
    "ALARM(${aws_cloudwatch_metric_alarm.alb_5xx_rate.alarm_name})",
    "ALARM(${aws_cloudwatch_metric_alarm.alb_latency.alarm_name})",
  ])

  actions_suppressor {
    alarm            = aws_cloudwatch_metric_alarm.alb_latency.alarm_name
    extension_period = 60
    wait_period      = 120
  }
}
