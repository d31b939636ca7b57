# Dashboard: one row per watched resource with its golden signals (latency, traffic, errors, saturation).
# Widgets carry no x/y, so CloudWatch lays them out left to right in the order given. Each section is a
# for-expression filtered by its input, which keeps the widget objects free to differ in shape.

locals {
  alarm_arns = concat(
    aws_cloudwatch_metric_alarm.alb_5xx[*].arn,
    aws_cloudwatch_metric_alarm.alb_latency[*].arn,
    aws_cloudwatch_metric_alarm.alb_unhealthy_hosts[*].arn,
    aws_cloudwatch_metric_alarm.ecs_cpu[*].arn,
    aws_cloudwatch_metric_alarm.ecs_memory[*].arn,
    aws_cloudwatch_metric_alarm.lambda_errors[*].arn,
    aws_cloudwatch_metric_alarm.lambda_throttles[*].arn,
    aws_cloudwatch_metric_alarm.lambda_duration[*].arn,
    aws_cloudwatch_metric_alarm.api_5xx[*].arn,
    aws_cloudwatch_metric_alarm.api_latency[*].arn,
    aws_cloudwatch_metric_alarm.aurora_cpu[*].arn,
    aws_cloudwatch_metric_alarm.aurora_memory[*].arn,
    aws_cloudwatch_metric_alarm.aurora_replica_lag[*].arn,
    aws_cloudwatch_metric_alarm.rds_cpu[*].arn,
    aws_cloudwatch_metric_alarm.rds_storage[*].arn,
    aws_cloudwatch_metric_alarm.dynamodb_throttles[*].arn,
    aws_cloudwatch_metric_alarm.dynamodb_system_errors[*].arn,
    aws_cloudwatch_metric_alarm.elasticache_engine_cpu[*].arn,
    aws_cloudwatch_metric_alarm.elasticache_memory[*].arn,
    aws_cloudwatch_metric_alarm.asg_cpu[*].arn,
    aws_cloudwatch_metric_alarm.eks_failed_nodes[*].arn,
  )

  overview_widgets = concat(
    [{
      type   = "text"
      width  = 24
      height = 2
      properties = {
        markdown = "# ${var.name}\nGolden signals (latency, traffic, errors, saturation) of the resources in this deployment. Alarms notify the ${var.name}-alarms topic."
      }
    }],
    [for w in [{
      type   = "alarm"
      width  = 24
      height = 3
      properties = {
        title  = "Alarms"
        alarms = local.alarm_arns
      }
    }] : w if length(local.alarm_arns) > 0],
  )

  alb_widgets = [for w in [
    {
      type   = "text"
      width  = 24
      height = 1
      properties = {
        markdown = "## Load balancer"
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Latency: target response time (s)"
        region = local.region
        view   = "timeSeries"
        period = 60
        metrics = [
          ["AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer", var.alb_arn_suffix, { stat = "p50", label = "p50" }],
          ["AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer", var.alb_arn_suffix, { stat = "p99", label = "p99" }],
        ]
        annotations = { horizontal = [{ label = "p99 alarm", value = var.latency_p99_seconds }] }
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Traffic: requests"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/ApplicationELB", "RequestCount", "LoadBalancer", var.alb_arn_suffix],
        ]
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Errors: 5XX and 4XX responses"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", "LoadBalancer", var.alb_arn_suffix, { label = "load balancer 5XX" }],
          ["AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "LoadBalancer", var.alb_arn_suffix, { label = "target 5XX" }],
          ["AWS/ApplicationELB", "HTTPCode_Target_4XX_Count", "LoadBalancer", var.alb_arn_suffix, { label = "target 4XX" }],
        ]
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Saturation: connections and rejected connections"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/ApplicationELB", "ActiveConnectionCount", "LoadBalancer", var.alb_arn_suffix, { label = "active" }],
          ["AWS/ApplicationELB", "RejectedConnectionCount", "LoadBalancer", var.alb_arn_suffix, { label = "rejected" }],
        ]
      }
    },
  ] : w if local.alb]

  target_group_widgets = [for w in [
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Saturation: healthy and unhealthy targets"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Maximum"
        metrics = [
          ["AWS/ApplicationELB", "HealthyHostCount", "TargetGroup", var.target_group_arn_suffix, "LoadBalancer", var.alb_arn_suffix, { label = "healthy" }],
          ["AWS/ApplicationELB", "UnHealthyHostCount", "TargetGroup", var.target_group_arn_suffix, "LoadBalancer", var.alb_arn_suffix, { label = "unhealthy" }],
        ]
      }
    },
  ] : w if local.target_group]

  ecs_widgets = [for w in [
    {
      type   = "text"
      width  = 24
      height = 1
      properties = {
        markdown = "## ECS service"
      }
    },
    {
      type   = "metric"
      width  = 12
      height = 6
      properties = {
        title  = "Saturation: CPU and memory (%)"
        region = local.region
        view   = "timeSeries"
        period = 60
        metrics = [
          ["AWS/ECS", "CPUUtilization", "ClusterName", var.ecs_cluster_name, "ServiceName", var.ecs_service_name, { stat = "Average", label = "CPU average" }],
          ["AWS/ECS", "CPUUtilization", "ClusterName", var.ecs_cluster_name, "ServiceName", var.ecs_service_name, { stat = "Maximum", label = "CPU maximum" }],
          ["AWS/ECS", "MemoryUtilization", "ClusterName", var.ecs_cluster_name, "ServiceName", var.ecs_service_name, { stat = "Average", label = "memory average" }],
          ["AWS/ECS", "MemoryUtilization", "ClusterName", var.ecs_cluster_name, "ServiceName", var.ecs_service_name, { stat = "Maximum", label = "memory maximum" }],
        ]
        annotations = { horizontal = [{ label = "alarm", value = 85 }] }
        yAxis       = { left = { min = 0, max = 100 } }
      }
    },
    {
      type   = "metric"
      width  = 12
      height = 6
      properties = {
        title  = "Traffic: running and desired tasks (Container Insights)"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Average"
        metrics = [
          ["ECS/ContainerInsights", "RunningTaskCount", "ClusterName", var.ecs_cluster_name, "ServiceName", var.ecs_service_name, { label = "running" }],
          ["ECS/ContainerInsights", "DesiredTaskCount", "ClusterName", var.ecs_cluster_name, "ServiceName", var.ecs_service_name, { label = "desired" }],
        ]
      }
    },
  ] : w if local.ecs]

  lambda_widgets = [for w in [
    {
      type   = "text"
      width  = 24
      height = 1
      properties = {
        markdown = "## Lambda function"
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Latency: duration (ms)"
        region = local.region
        view   = "timeSeries"
        period = 60
        metrics = [
          ["AWS/Lambda", "Duration", "FunctionName", var.lambda_function_name, { stat = "p50", label = "p50" }],
          ["AWS/Lambda", "Duration", "FunctionName", var.lambda_function_name, { stat = "p99", label = "p99" }],
        ]
        annotations = { horizontal = [{ label = "p99 alarm", value = local.latency_ms }] }
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Traffic: invocations"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/Lambda", "Invocations", "FunctionName", var.lambda_function_name],
        ]
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Errors: errors and throttles"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/Lambda", "Errors", "FunctionName", var.lambda_function_name, { label = "errors" }],
          ["AWS/Lambda", "Throttles", "FunctionName", var.lambda_function_name, { label = "throttles" }],
        ]
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Saturation: concurrent executions"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Maximum"
        metrics = [
          ["AWS/Lambda", "ConcurrentExecutions", "FunctionName", var.lambda_function_name],
        ]
      }
    },
  ] : w if local.lambda]

  api_widgets = [for w in [
    {
      type   = "text"
      width  = 24
      height = 1
      properties = {
        markdown = "## HTTP API"
      }
    },
    {
      type   = "metric"
      width  = 8
      height = 6
      properties = {
        title  = "Latency (ms)"
        region = local.region
        view   = "timeSeries"
        period = 60
        metrics = [
          ["AWS/ApiGateway", "Latency", "ApiId", var.api_id, { stat = "p50", label = "p50" }],
          ["AWS/ApiGateway", "Latency", "ApiId", var.api_id, { stat = "p99", label = "p99" }],
          ["AWS/ApiGateway", "IntegrationLatency", "ApiId", var.api_id, { stat = "p99", label = "integration p99" }],
        ]
        annotations = { horizontal = [{ label = "p99 alarm", value = local.latency_ms }] }
      }
    },
    {
      type   = "metric"
      width  = 8
      height = 6
      properties = {
        title  = "Traffic: requests"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/ApiGateway", "Count", "ApiId", var.api_id],
        ]
      }
    },
    {
      type   = "metric"
      width  = 8
      height = 6
      properties = {
        title  = "Errors: 5xx and 4xx responses"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/ApiGateway", "5xx", "ApiId", var.api_id, { label = "5xx" }],
          ["AWS/ApiGateway", "4xx", "ApiId", var.api_id, { label = "4xx" }],
        ]
      }
    },
  ] : w if local.api]

  aurora_widgets = [for w in [
    {
      type   = "text"
      width  = 24
      height = 1
      properties = {
        markdown = "## Aurora cluster"
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Latency: read and write (s)"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Average"
        metrics = [
          ["AWS/RDS", "ReadLatency", "DBClusterIdentifier", var.aurora_cluster_identifier, { label = "read" }],
          ["AWS/RDS", "WriteLatency", "DBClusterIdentifier", var.aurora_cluster_identifier, { label = "write" }],
        ]
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Traffic: connections"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/RDS", "DatabaseConnections", "DBClusterIdentifier", var.aurora_cluster_identifier],
        ]
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Replica lag (ms)"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Maximum"
        metrics = [
          ["AWS/RDS", "AuroraReplicaLag", "DBClusterIdentifier", var.aurora_cluster_identifier],
        ]
        annotations = { horizontal = [{ label = "alarm", value = 1000 }] }
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Saturation: CPU (%)"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Maximum"
        metrics = [
          ["AWS/RDS", "CPUUtilization", "DBClusterIdentifier", var.aurora_cluster_identifier],
        ]
        annotations = { horizontal = [{ label = "alarm", value = 80 }] }
        yAxis       = { left = { min = 0, max = 100 } }
      }
    },
  ] : w if local.aurora]

  rds_widgets = [for w in [
    {
      type   = "text"
      width  = 24
      height = 1
      properties = {
        markdown = "## RDS instance"
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Latency: read and write (s)"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Average"
        metrics = [
          ["AWS/RDS", "ReadLatency", "DBInstanceIdentifier", var.rds_instance_identifier, { label = "read" }],
          ["AWS/RDS", "WriteLatency", "DBInstanceIdentifier", var.rds_instance_identifier, { label = "write" }],
        ]
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Traffic: connections and IOPS"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Average"
        metrics = [
          ["AWS/RDS", "DatabaseConnections", "DBInstanceIdentifier", var.rds_instance_identifier, { label = "connections" }],
          ["AWS/RDS", "ReadIOPS", "DBInstanceIdentifier", var.rds_instance_identifier, { label = "read IOPS", yAxis = "right" }],
          ["AWS/RDS", "WriteIOPS", "DBInstanceIdentifier", var.rds_instance_identifier, { label = "write IOPS", yAxis = "right" }],
        ]
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Saturation: CPU (%)"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Average"
        metrics = [
          ["AWS/RDS", "CPUUtilization", "DBInstanceIdentifier", var.rds_instance_identifier],
        ]
        annotations = { horizontal = [{ label = "alarm", value = 80 }] }
        yAxis       = { left = { min = 0, max = 100 } }
      }
    },
    {
      type   = "metric"
      width  = 6
      height = 6
      properties = {
        title  = "Saturation: free storage and memory (bytes)"
        region = local.region
        view   = "timeSeries"
        period = 300
        stat   = "Minimum"
        metrics = [
          ["AWS/RDS", "FreeStorageSpace", "DBInstanceIdentifier", var.rds_instance_identifier, { label = "free storage" }],
          ["AWS/RDS", "FreeableMemory", "DBInstanceIdentifier", var.rds_instance_identifier, { label = "freeable memory" }],
        ]
      }
    },
  ] : w if local.rds]

  dynamodb_widgets = [for w in [
    {
      type   = "text"
      width  = 24
      height = 1
      properties = {
        markdown = "## DynamoDB table"
      }
    },
    {
      type   = "metric"
      width  = 8
      height = 6
      properties = {
        title  = "Latency: successful requests (ms)"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Average"
        metrics = [
          ["AWS/DynamoDB", "SuccessfulRequestLatency", "TableName", var.dynamodb_table_name, "Operation", "GetItem", { label = "GetItem" }],
          ["AWS/DynamoDB", "SuccessfulRequestLatency", "TableName", var.dynamodb_table_name, "Operation", "Query", { label = "Query" }],
          ["AWS/DynamoDB", "SuccessfulRequestLatency", "TableName", var.dynamodb_table_name, "Operation", "PutItem", { label = "PutItem" }],
          ["AWS/DynamoDB", "SuccessfulRequestLatency", "TableName", var.dynamodb_table_name, "Operation", "UpdateItem", { label = "UpdateItem" }],
        ]
      }
    },
    {
      type   = "metric"
      width  = 8
      height = 6
      properties = {
        title  = "Traffic: consumed capacity units"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/DynamoDB", "ConsumedReadCapacityUnits", "TableName", var.dynamodb_table_name, { label = "read" }],
          ["AWS/DynamoDB", "ConsumedWriteCapacityUnits", "TableName", var.dynamodb_table_name, { label = "write" }],
        ]
      }
    },
    {
      type   = "metric"
      width  = 8
      height = 6
      properties = {
        title  = "Errors and saturation: throttle events"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/DynamoDB", "ReadThrottleEvents", "TableName", var.dynamodb_table_name, { label = "read throttles" }],
          ["AWS/DynamoDB", "WriteThrottleEvents", "TableName", var.dynamodb_table_name, { label = "write throttles" }],
        ]
      }
    },
  ] : w if local.dynamodb]

  elasticache_widgets = [for w in [
    {
      type   = "text"
      width  = 24
      height = 1
      properties = {
        markdown = "## ElastiCache"
      }
    },
    {
      type   = "metric"
      width  = 8
      height = 6
      properties = {
        title       = "Saturation: engine CPU (%)"
        region      = local.region
        view        = "timeSeries"
        period      = 60
        stat        = "Average"
        metrics     = [for n in local.elasticache_nodes : ["AWS/ElastiCache", "EngineCPUUtilization", "CacheClusterId", n]]
        annotations = { horizontal = [{ label = "alarm", value = 80 }] }
        yAxis       = { left = { min = 0, max = 100 } }
      }
    },
    {
      type   = "metric"
      width  = 8
      height = 6
      properties = {
        title       = "Saturation: memory used (% of maxmemory)"
        region      = local.region
        view        = "timeSeries"
        period      = 60
        stat        = "Maximum"
        metrics     = [for n in local.elasticache_nodes : ["AWS/ElastiCache", "DatabaseMemoryUsagePercentage", "CacheClusterId", n]]
        annotations = { horizontal = [{ label = "alarm", value = 80 }] }
        yAxis       = { left = { min = 0, max = 100 } }
      }
    },
    {
      type   = "metric"
      width  = 8
      height = 6
      properties = {
        title   = "Traffic: connections"
        region  = local.region
        view    = "timeSeries"
        period  = 60
        stat    = "Maximum"
        metrics = [for n in local.elasticache_nodes : ["AWS/ElastiCache", "CurrConnections", "CacheClusterId", n]]
      }
    },
  ] : w if local.elasticache]

  asg_widgets = [for w in [
    {
      type   = "text"
      width  = 24
      height = 1
      properties = {
        markdown = "## Auto Scaling group"
      }
    },
    {
      type   = "metric"
      width  = 12
      height = 6
      properties = {
        title  = "Saturation: CPU (%)"
        region = local.region
        view   = "timeSeries"
        period = 60
        metrics = [
          ["AWS/EC2", "CPUUtilization", "AutoScalingGroupName", var.asg_name, { stat = "Average", label = "average" }],
          ["AWS/EC2", "CPUUtilization", "AutoScalingGroupName", var.asg_name, { stat = "Maximum", label = "maximum" }],
        ]
        annotations = { horizontal = [{ label = "alarm", value = 85 }] }
        yAxis       = { left = { min = 0, max = 100 } }
      }
    },
    {
      type   = "metric"
      width  = 12
      height = 6
      properties = {
        title  = "Traffic: network (bytes)"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Sum"
        metrics = [
          ["AWS/EC2", "NetworkIn", "AutoScalingGroupName", var.asg_name, { label = "in" }],
          ["AWS/EC2", "NetworkOut", "AutoScalingGroupName", var.asg_name, { label = "out" }],
        ]
      }
    },
  ] : w if local.asg]

  eks_widgets = [for w in [
    {
      type   = "text"
      width  = 24
      height = 1
      properties = {
        markdown = "## EKS cluster (Container Insights)"
      }
    },
    {
      type   = "metric"
      width  = 12
      height = 6
      properties = {
        title  = "Errors: nodes and failed nodes"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Maximum"
        metrics = [
          ["ContainerInsights", "cluster_node_count", "ClusterName", var.eks_cluster_name, { label = "nodes" }],
          ["ContainerInsights", "cluster_failed_node_count", "ClusterName", var.eks_cluster_name, { label = "failed nodes" }],
        ]
      }
    },
    {
      type   = "metric"
      width  = 12
      height = 6
      properties = {
        title  = "Saturation: node CPU and memory (%)"
        region = local.region
        view   = "timeSeries"
        period = 60
        stat   = "Average"
        metrics = [
          ["ContainerInsights", "node_cpu_utilization", "ClusterName", var.eks_cluster_name, { label = "CPU" }],
          ["ContainerInsights", "node_memory_utilization", "ClusterName", var.eks_cluster_name, { label = "memory" }],
        ]
        yAxis = { left = { min = 0, max = 100 } }
      }
    },
  ] : w if local.eks]
}

resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = var.name
  dashboard_body = jsonencode({
    start = "-PT6H"
    widgets = concat(
      local.overview_widgets,
      local.alb_widgets,
      local.target_group_widgets,
      local.ecs_widgets,
      local.lambda_widgets,
      local.api_widgets,
      local.aurora_widgets,
      local.rds_widgets,
      local.dynamodb_widgets,
      local.elasticache_widgets,
      local.asg_widgets,
      local.eks_widgets,
    )
  })
}
