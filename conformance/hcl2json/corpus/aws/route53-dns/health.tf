resource "aws_route53_health_check" "latency_calc" {
  count = length(var.latency_endpoints) > 1 ? 1 : 0

  type                   = "CALCULATED"
  child_health_threshold = ceil(length(var.latency_endpoints) / 2)
  child_healthchecks     = [for hc in aws_route53_health_check.failover : hc.id]
  tags                   = var.tags
}

resource "aws_cloudwatch_metric_alarm" "health" {
  for_each = aws_route53_health_check.failover

  # Route 53 health-check metrics only exist in us-east-1.
  alarm_name          = "r53-${var.failover.name}-${each.key}-unhealthy"
  namespace           = "AWS/Route53"
  metric_name         = "HealthCheckStatus"
  statistic           = "Minimum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  dimensions = {
    HealthCheckId = each.value.id
  }
}
