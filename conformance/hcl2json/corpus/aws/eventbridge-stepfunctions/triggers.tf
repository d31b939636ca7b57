resource "aws_iam_role" "scheduler" {
  name = "${var.name}-scheduler"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = ["scheduler.amazonaws.com", "events.amazonaws.com"] }
      Action    = "sts:AssumeRole"
    }]
  })

  inline_policy {
    name = "start-execution"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "states:StartExecution", Resource = aws_sfn_state_machine.this.arn }]
    })
  }
}

resource "aws_scheduler_schedule" "this" {
  name                         = "${var.name}-schedule"
  group_name                   = "default"
  schedule_expression          = var.schedule_expression
  schedule_expression_timezone = "Europe/Berlin"
  state                        = "ENABLED"

  flexible_time_window {
    mode                      = "FLEXIBLE"
    maximum_window_in_minutes = 15
  }

  target {
    arn      = aws_sfn_state_machine.this.arn
    role_arn = aws_iam_role.scheduler.arn
    input    = jsonencode({ trigger = "schedule", scheduled_at = "<aws.scheduler.scheduled-time>" })

    retry_policy {
      maximum_event_age_in_seconds = 3600
      maximum_retry_attempts       = 3
    }
  }
}

resource "aws_cloudwatch_event_rule" "pattern" {
  for_each = var.event_patterns

  name          = "${var.name}-${replace(each.key, "_", "-")}"
  description   = "Starts ${var.name} on ${each.key}"
  event_pattern = jsonencode(each.value)
  state         = "ENABLED"
  tags          = var.tags
}

resource "aws_cloudwatch_event_target" "pattern" {
  for_each = aws_cloudwatch_event_rule.pattern

  rule      = each.value.name
  target_id = "sfn"
  arn       = aws_sfn_state_machine.this.arn
  role_arn  = aws_iam_role.scheduler.arn

  input_transformer {
    input_paths = {
      bucket = "$.detail.bucket.name"
      key    = "$.detail.object.key"
    }
    input_template = <<-TEMPLATE
      {
        "trigger": "${each.key}",
        "bucket": <bucket>,
        "key": <key>
      }
    TEMPLATE
  }

  dead_letter_config {
    arn = aws_sqs_queue.events_dlq.arn
  }
}

resource "aws_sqs_queue" "events_dlq" {
  name                      = "${var.name}-events-dlq"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}
