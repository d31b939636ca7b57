resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = var.dashboard_name
  dashboard_body = jsonencode(local.dashboard_body)
}

# A second, hand-written dashboard body in jsonencode form.
resource "aws_cloudwatch_dashboard" "overview" {
  dashboard_name = "${var.dashboard_name}-overview"

  dashboard_body = jsonencode({
    widgets = [
      {
        type   = "alarm"
        x      = 0
        y      = 0
        width  = 24
        height = 4
        properties = {
          title  = "Alarm status"
          alarms = concat(
            [for a in aws_cloudwatch_metric_alarm.ecs_cpu : a.arn],
            [aws_cloudwatch_metric_alarm.alb_5xx_rate.arn, aws_cloudwatch_metric_alarm.alb_latency.arn],
          )
          sortBy = "stateUpdatedTimestamp"
          states = ["ALARM", "INSUFFICIENT_DATA"]
        }
      },
      {
        type   = "metric"
        x      = 0
        y      = 4
        width  = 8
        height = 6
        properties = {
          title   = "5xx rate (%)"
          region  = var.region
          view    = "singleValue"
          sparkline = true
          metrics = [
            [{ expression = "100 * (e1 + e2) / MAX([req, 1])", label = "5xx %", id = "rate" }],
            ["AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "LoadBalancer", var.alb_arn_suffix, { id = "e1", visible = false, stat = "Sum" }],
            [".", "HTTPCode_ELB_5XX_Count", ".", ".", { id = "e2", visible = false, stat = "Sum" }],
            [".", "RequestCount", ".", ".", { id = "req", visible = false, stat = "Sum" }],
          ]
        }
      },
    ]
  })
}

resource "aws_cloudwatch_log_group" "this" {
  for_each          = var.log_groups
  name              = each.key
  retention_in_days = each.value
  log_group_class   = startswith(each.key, "/debug/") ? "INFREQUENT_ACCESS" : "STANDARD"
}
