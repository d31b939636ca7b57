locals {
  step_names = keys(var.worker_lambda_arns)

  # Amazon States Language definition built with jsonencode. Each worker runs
  # in sequence with retry + catch, then the workflow ends in a Succeed state.
  states = merge(
    {
      for idx, step in local.step_names : step => {
        Type     = "Task"
        Resource = "arn:aws:states:::lambda:invoke"
        Parameters = {
          FunctionName = var.worker_lambda_arns[step]
          "Payload.$"  = "$"
        }
        OutputPath = "$.Payload"
        Retry = [
          {
            ErrorEquals     = ["Lambda.ServiceException", "Lambda.TooManyRequestsException", "Lambda.SdkClientException"]
            IntervalSeconds = 2
            MaxAttempts     = 6
            BackoffRate     = 2
            JitterStrategy  = "FULL"
          },
        ]
        Catch = [
          {
            ErrorEquals = ["States.ALL"]
            ResultPath  = "$.error"
            Next        = "NotifyFailure"
          },
        ]
        Next = idx < length(local.step_names) - 1 ? local.step_names[idx + 1] : "Done"
      }
    },
    {
      NotifyFailure = var.alarm_topic_arn == null ? {
        Type  = "Fail"
        Error = "WorkflowFailed"
        Cause = "A step failed; see execution history."
        } : {
        Type     = "Task"
        Resource = "arn:aws:states:::sns:publish"
        Parameters = {
          TopicArn    = var.alarm_topic_arn
          "Message.$" = "States.Format('Workflow ${var.name} failed: {}', $.error.Cause)"
        }
        End = true
      }
      Done = {
        Type = "Succeed"
      }
    },
  )

  definition = {
    Comment = "Workflow ${var.name}, managed by Terraform"
    StartAt = local.step_names[0]
    States  = local.states
  }
}

resource "aws_cloudwatch_log_group" "sfn" {
  name              = "/aws/vendedlogs/states/${var.name}"
  retention_in_days = 30
}

resource "aws_iam_role" "sfn" {
  name = "${var.name}-sfn"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "states.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "sfn" {
  role = aws_iam_role.sfn.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = concat(
      [
        {
          Effect = "Allow"
          Action = ["lambda:InvokeFunction"]
          Resource = flatten([
            for arn in values(var.worker_lambda_arns) : [arn, "${arn}:*"]
          ])
        },
        {
          Effect = "Allow"
          Action = [
            "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
            "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups",
          ]
          Resource = "*"
        },
      ],
      var.alarm_topic_arn == null ? [] : [
        { Effect = "Allow", Action = "sns:Publish", Resource = var.alarm_topic_arn }
      ],
    )
  })
}

resource "aws_sfn_state_machine" "this" {
  name       = var.name
  role_arn   = aws_iam_role.sfn.arn
  type       = "STANDARD"
  definition = jsonencode(local.definition)

  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.sfn.arn}:*"
    include_execution_data = true
    level                  = "ERROR"
  }

  tracing_configuration {
    enabled = true
  }

  tags = var.tags

  lifecycle {
    precondition {
      condition     = length(var.worker_lambda_arns) > 0
      error_message = "At least one worker Lambda is required."
    }
  }
}
