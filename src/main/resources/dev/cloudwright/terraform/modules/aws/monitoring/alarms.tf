# Golden-signal alarms. Each exists only when its input is set. Conventions:
# - latency and error alarms: 1-minute periods, 3 of 5 breaching; missing data is not breaching (no traffic
#   means no latency or error datapoints, which is not an incident);
# - saturation alarms: 5-minute periods, 3 of 3 breaching (sustained, past what auto scaling absorbs); missing
#   data keeps its meaning (INSUFFICIENT_DATA shows that the metric stopped arriving);
# - error alarms are rates guarded by a minimum request count, so that a handful of requests cannot page.

# ---------------------------------------------------------------------------------------------------------
# Application Load Balancer
# ---------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "alb_5xx" {
  count = local.alb ? 1 : 0

  alarm_name          = "${var.name}-alb-5xx"
  alarm_description   = "5XX responses (load balancer and targets) above 5% of requests on ${var.alb_arn_suffix} (minutes with at least 10 requests)."
  comparison_operator = "GreaterThanThreshold"
  threshold           = 5
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  metric_query {
    id          = "rate"
    label       = "5XX responses (%)"
    expression  = "IF(FILL(requests, 0) >= 10, 100 * (FILL(elb5xx, 0) + FILL(target5xx, 0)) / requests, 0)"
    return_data = true
  }

  metric_query {
    id = "elb5xx"

    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_ELB_5XX_Count"
      dimensions  = { LoadBalancer = var.alb_arn_suffix }
      stat        = "Sum"
      period      = 60
    }
  }

  metric_query {
    id = "target5xx"

    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      dimensions  = { LoadBalancer = var.alb_arn_suffix }
      stat        = "Sum"
      period      = 60
    }
  }

  metric_query {
    id = "requests"

    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = { LoadBalancer = var.alb_arn_suffix }
      stat        = "Sum"
      period      = 60
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-alb-5xx", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_metric_alarm" "alb_latency" {
  count = local.alb ? 1 : 0

  alarm_name                            = "${var.name}-alb-latency-p99"
  alarm_description                     = "p99 target response time above ${var.latency_p99_seconds} s on ${var.alb_arn_suffix}."
  namespace                             = "AWS/ApplicationELB"
  metric_name                           = "TargetResponseTime"
  dimensions                            = { LoadBalancer = var.alb_arn_suffix }
  extended_statistic                    = "p99"
  period                                = 60
  evaluation_periods                    = 5
  datapoints_to_alarm                   = 3
  comparison_operator                   = "GreaterThanThreshold"
  threshold                             = var.latency_p99_seconds
  evaluate_low_sample_count_percentiles = "ignore"
  treat_missing_data                    = "notBreaching"
  alarm_actions                         = local.alarm_actions
  ok_actions                            = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-alb-latency-p99", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_metric_alarm" "alb_unhealthy_hosts" {
  count = local.target_group ? 1 : 0

  alarm_name        = "${var.name}-alb-unhealthy-hosts"
  alarm_description = "Unhealthy targets in ${var.target_group_arn_suffix}."
  namespace         = "AWS/ApplicationELB"
  metric_name       = "UnHealthyHostCount"
  dimensions = {
    LoadBalancer = var.alb_arn_suffix
    TargetGroup  = var.target_group_arn_suffix
  }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-alb-unhealthy-hosts", "cloudwright:component" = var.component_id })
}

# ---------------------------------------------------------------------------------------------------------
# ECS service
# ---------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "ecs_cpu" {
  count = local.ecs ? 1 : 0

  alarm_name        = "${var.name}-ecs-cpu"
  alarm_description = "ECS service ${var.ecs_service_name} average CPU above 85% for 15 minutes."
  namespace         = "AWS/ECS"
  metric_name       = "CPUUtilization"
  dimensions = {
    ClusterName = var.ecs_cluster_name
    ServiceName = var.ecs_service_name
  }
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 85
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-ecs-cpu", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_metric_alarm" "ecs_memory" {
  count = local.ecs ? 1 : 0

  alarm_name        = "${var.name}-ecs-memory"
  alarm_description = "ECS service ${var.ecs_service_name} average memory above 85% for 15 minutes."
  namespace         = "AWS/ECS"
  metric_name       = "MemoryUtilization"
  dimensions = {
    ClusterName = var.ecs_cluster_name
    ServiceName = var.ecs_service_name
  }
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 85
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-ecs-memory", "cloudwright:component" = var.component_id })
}

# ---------------------------------------------------------------------------------------------------------
# Lambda function
# ---------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "lambda_errors" {
  count = local.lambda ? 1 : 0

  alarm_name          = "${var.name}-lambda-errors"
  alarm_description   = "Errors above 5% of invocations of ${var.lambda_function_name} (minutes with at least 10 invocations)."
  comparison_operator = "GreaterThanThreshold"
  threshold           = 5
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  metric_query {
    id          = "rate"
    label       = "Errors (%)"
    expression  = "IF(FILL(invocations, 0) >= 10, 100 * FILL(errors, 0) / invocations, 0)"
    return_data = true
  }

  metric_query {
    id = "errors"

    metric {
      namespace   = "AWS/Lambda"
      metric_name = "Errors"
      dimensions  = { FunctionName = var.lambda_function_name }
      stat        = "Sum"
      period      = 60
    }
  }

  metric_query {
    id = "invocations"

    metric {
      namespace   = "AWS/Lambda"
      metric_name = "Invocations"
      dimensions  = { FunctionName = var.lambda_function_name }
      stat        = "Sum"
      period      = 60
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-lambda-errors", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_metric_alarm" "lambda_throttles" {
  count = local.lambda ? 1 : 0

  alarm_name          = "${var.name}-lambda-throttles"
  alarm_description   = "Invocations of ${var.lambda_function_name} throttled (concurrency exhausted) in 3 of 5 minutes."
  namespace           = "AWS/Lambda"
  metric_name         = "Throttles"
  dimensions          = { FunctionName = var.lambda_function_name }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-lambda-throttles", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_metric_alarm" "lambda_duration" {
  count = local.lambda ? 1 : 0

  alarm_name                            = "${var.name}-lambda-duration-p99"
  alarm_description                     = "p99 duration of ${var.lambda_function_name} above ${var.latency_p99_seconds} s."
  namespace                             = "AWS/Lambda"
  metric_name                           = "Duration"
  dimensions                            = { FunctionName = var.lambda_function_name }
  extended_statistic                    = "p99"
  period                                = 60
  evaluation_periods                    = 5
  datapoints_to_alarm                   = 3
  comparison_operator                   = "GreaterThanThreshold"
  threshold                             = local.latency_ms
  evaluate_low_sample_count_percentiles = "ignore"
  treat_missing_data                    = "notBreaching"
  alarm_actions                         = local.alarm_actions
  ok_actions                            = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-lambda-duration-p99", "cloudwright:component" = var.component_id })
}

# ---------------------------------------------------------------------------------------------------------
# API Gateway HTTP API (metrics 5xx / Count / Latency with the ApiId dimension; REST APIs use other names)
# https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-metrics.html
# ---------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "api_5xx" {
  count = local.api ? 1 : 0

  alarm_name          = "${var.name}-api-5xx"
  alarm_description   = "5xx responses above 5% of requests on API ${var.api_id} (minutes with at least 10 requests)."
  comparison_operator = "GreaterThanThreshold"
  threshold           = 5
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  metric_query {
    id          = "rate"
    label       = "5xx responses (%)"
    expression  = "IF(FILL(requests, 0) >= 10, 100 * FILL(errors, 0) / requests, 0)"
    return_data = true
  }

  metric_query {
    id = "errors"

    metric {
      namespace   = "AWS/ApiGateway"
      metric_name = "5xx"
      dimensions  = { ApiId = var.api_id }
      stat        = "Sum"
      period      = 60
    }
  }

  metric_query {
    id = "requests"

    metric {
      namespace   = "AWS/ApiGateway"
      metric_name = "Count"
      dimensions  = { ApiId = var.api_id }
      stat        = "Sum"
      period      = 60
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-api-5xx", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_metric_alarm" "api_latency" {
  count = local.api ? 1 : 0

  alarm_name                            = "${var.name}-api-latency-p99"
  alarm_description                     = "p99 latency of API ${var.api_id} above ${var.latency_p99_seconds} s."
  namespace                             = "AWS/ApiGateway"
  metric_name                           = "Latency"
  dimensions                            = { ApiId = var.api_id }
  extended_statistic                    = "p99"
  period                                = 60
  evaluation_periods                    = 5
  datapoints_to_alarm                   = 3
  comparison_operator                   = "GreaterThanThreshold"
  threshold                             = local.latency_ms
  evaluate_low_sample_count_percentiles = "ignore"
  treat_missing_data                    = "notBreaching"
  alarm_actions                         = local.alarm_actions
  ok_actions                            = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-api-latency-p99", "cloudwright:component" = var.component_id })
}

# ---------------------------------------------------------------------------------------------------------
# Aurora cluster (cluster-level aggregates of the instance metrics)
# ---------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "aurora_cpu" {
  count = local.aurora ? 1 : 0

  alarm_name          = "${var.name}-aurora-cpu"
  alarm_description   = "Aurora cluster ${var.aurora_cluster_identifier} CPU above 80% for 15 minutes."
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  dimensions          = { DBClusterIdentifier = var.aurora_cluster_identifier }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 80
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-aurora-cpu", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_metric_alarm" "aurora_memory" {
  count = local.aurora ? 1 : 0

  alarm_name          = "${var.name}-aurora-freeable-memory"
  alarm_description   = "An instance of Aurora cluster ${var.aurora_cluster_identifier} has less than 512 MiB freeable memory for 15 minutes."
  namespace           = "AWS/RDS"
  metric_name         = "FreeableMemory"
  dimensions          = { DBClusterIdentifier = var.aurora_cluster_identifier }
  statistic           = "Minimum"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "LessThanThreshold"
  threshold           = 536870912
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-aurora-freeable-memory", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_metric_alarm" "aurora_replica_lag" {
  count = local.aurora ? 1 : 0

  alarm_name          = "${var.name}-aurora-replica-lag"
  alarm_description   = "Aurora replica lag in cluster ${var.aurora_cluster_identifier} above 1 s (no datapoints without replicas)."
  namespace           = "AWS/RDS"
  metric_name         = "AuroraReplicaLag"
  dimensions          = { DBClusterIdentifier = var.aurora_cluster_identifier }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 1000
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-aurora-replica-lag", "cloudwright:component" = var.component_id })
}

# ---------------------------------------------------------------------------------------------------------
# RDS instance
# ---------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "rds_cpu" {
  count = local.rds ? 1 : 0

  alarm_name          = "${var.name}-rds-cpu"
  alarm_description   = "RDS instance ${var.rds_instance_identifier} CPU above 80% for 15 minutes."
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  dimensions          = { DBInstanceIdentifier = var.rds_instance_identifier }
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 80
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-rds-cpu", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_metric_alarm" "rds_storage" {
  count = local.rds ? 1 : 0

  alarm_name          = "${var.name}-rds-free-storage"
  alarm_description   = "RDS instance ${var.rds_instance_identifier} has less than 5 GiB free storage."
  namespace           = "AWS/RDS"
  metric_name         = "FreeStorageSpace"
  dimensions          = { DBInstanceIdentifier = var.rds_instance_identifier }
  statistic           = "Minimum"
  period              = 300
  evaluation_periods  = 2
  datapoints_to_alarm = 2
  comparison_operator = "LessThanThreshold"
  threshold           = 5368709120
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-rds-free-storage", "cloudwright:component" = var.component_id })
}

# ---------------------------------------------------------------------------------------------------------
# DynamoDB table. ThrottledRequests and SystemErrors are published per operation only, so throttling uses the
# table-level Read/WriteThrottleEvents and system errors add up the per-operation metrics of the data plane
# (9 operations: an alarm on a metric math expression can use at most 10 metrics).
# https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html
# https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html
# ---------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "dynamodb_throttles" {
  count = local.dynamodb ? 1 : 0

  alarm_name          = "${var.name}-dynamodb-throttles"
  alarm_description   = "Requests to table ${var.dynamodb_table_name} throttled in 3 of 5 minutes."
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  metric_query {
    id          = "throttles"
    label       = "Throttle events"
    expression  = "FILL(reads, 0) + FILL(writes, 0)"
    return_data = true
  }

  metric_query {
    id = "reads"

    metric {
      namespace   = "AWS/DynamoDB"
      metric_name = "ReadThrottleEvents"
      dimensions  = { TableName = var.dynamodb_table_name }
      stat        = "Sum"
      period      = 60
    }
  }

  metric_query {
    id = "writes"

    metric {
      namespace   = "AWS/DynamoDB"
      metric_name = "WriteThrottleEvents"
      dimensions  = { TableName = var.dynamodb_table_name }
      stat        = "Sum"
      period      = 60
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-dynamodb-throttles", "cloudwright:component" = var.component_id })
}

locals {
  dynamodb_operations = ["GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "Scan", "BatchGetItem", "BatchWriteItem", "TransactWriteItems"]
}

resource "aws_cloudwatch_metric_alarm" "dynamodb_system_errors" {
  count = local.dynamodb ? 1 : 0

  alarm_name          = "${var.name}-dynamodb-system-errors"
  alarm_description   = "DynamoDB returned HTTP 500 (system errors) for table ${var.dynamodb_table_name} in 3 of 5 minutes."
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  metric_query {
    id          = "errors"
    label       = "System errors"
    expression  = join(" + ", [for i, op in local.dynamodb_operations : "FILL(op${i}, 0)"])
    return_data = true
  }

  dynamic "metric_query" {
    for_each = local.dynamodb_operations

    content {
      id = "op${metric_query.key}"

      metric {
        namespace   = "AWS/DynamoDB"
        metric_name = "SystemErrors"
        dimensions = {
          TableName = var.dynamodb_table_name
          Operation = metric_query.value
        }
        stat   = "Sum"
        period = 60
      }
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-dynamodb-system-errors", "cloudwright:component" = var.component_id })
}

# ---------------------------------------------------------------------------------------------------------
# ElastiCache (Valkey / Redis OSS): one alarm per node and metric, as the engine metrics are per node.
# ---------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "elasticache_engine_cpu" {
  count = local.elasticache ? local.elasticache_node_count : 0

  alarm_name          = "${var.name}-cache-${local.elasticache_nodes[count.index]}-engine-cpu"
  alarm_description   = "Engine (main thread) CPU of cache node ${local.elasticache_nodes[count.index]} above 80% for 15 minutes."
  namespace           = "AWS/ElastiCache"
  metric_name         = "EngineCPUUtilization"
  dimensions          = { CacheClusterId = local.elasticache_nodes[count.index] }
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 80
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-cache-${local.elasticache_nodes[count.index]}-engine-cpu", "cloudwright:component" = var.component_id })
}

resource "aws_cloudwatch_metric_alarm" "elasticache_memory" {
  count = local.elasticache ? local.elasticache_node_count : 0

  alarm_name          = "${var.name}-cache-${local.elasticache_nodes[count.index]}-memory"
  alarm_description   = "Memory used by the data set on cache node ${local.elasticache_nodes[count.index]} above 80% of maxmemory for 15 minutes."
  namespace           = "AWS/ElastiCache"
  metric_name         = "DatabaseMemoryUsagePercentage"
  dimensions          = { CacheClusterId = local.elasticache_nodes[count.index] }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 80
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-cache-${local.elasticache_nodes[count.index]}-memory", "cloudwright:component" = var.component_id })
}

# ---------------------------------------------------------------------------------------------------------
# EC2 Auto Scaling group
# ---------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "asg_cpu" {
  count = local.asg ? 1 : 0

  alarm_name          = "${var.name}-asg-cpu"
  alarm_description   = "Auto Scaling group ${var.asg_name} average CPU above 85% for 15 minutes."
  namespace           = "AWS/EC2"
  metric_name         = "CPUUtilization"
  dimensions          = { AutoScalingGroupName = var.asg_name }
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 85
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-asg-cpu", "cloudwright:component" = var.component_id })
}

# ---------------------------------------------------------------------------------------------------------
# EKS cluster (Container Insights)
# ---------------------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "eks_failed_nodes" {
  count = local.eks ? 1 : 0

  alarm_name          = "${var.name}-eks-failed-nodes"
  alarm_description   = "Failed worker nodes in EKS cluster ${var.eks_cluster_name} (Container Insights cluster_failed_node_count)."
  namespace           = "ContainerInsights"
  metric_name         = "cluster_failed_node_count"
  dimensions          = { ClusterName = var.eks_cluster_name }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  tags = merge(var.tags, { Name = "${var.name}-eks-failed-nodes", "cloudwright:component" = var.component_id })
}
