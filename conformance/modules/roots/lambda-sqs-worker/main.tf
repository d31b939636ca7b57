# A queue worker: the queue and its dead-letter queue are plain resources, the function comes from the
# lambda module with an event source mapping, runs in private subnets, and alarms on the DLQ depth.

provider "aws" {
  region = "us-east-2"
}

data "aws_vpc" "this" {
  id = var.vpc_id
}

module "security_group" {
  source = "../../modules/security-group"

  name   = "invoice-worker"
  vpc_id = data.aws_vpc.this.id
}

resource "aws_sqs_queue" "dlq" {
  name                      = "invoices-dlq"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}

resource "aws_sqs_queue" "invoices" {
  name                       = "invoices"
  visibility_timeout_seconds = 180
  sqs_managed_sse_enabled    = true

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = 5
  })
}

module "worker" {
  source = "../../modules/lambda"

  function_name = "invoice-worker"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.us-east-2.amazonaws.com/invoice-worker:2025.11.3"
  memory_size   = 1024
  timeout       = 30

  reserved_concurrent_executions = 20

  vpc_subnet_ids         = var.subnet_ids
  vpc_security_group_ids = [module.security_group.security_group_id]

  event_source_mapping = {
    invoices = {
      event_source_arn        = aws_sqs_queue.invoices.arn
      batch_size              = 10
      function_response_types = ["ReportBatchItemFailures"]
      scaling_config          = { maximum_concurrency = 20 }
    }
  }

  policy_statements = {
    Consume = {
      actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
      resources = [aws_sqs_queue.invoices.arn]
    }
  }
}

resource "aws_sns_topic" "alerts" {
  name = "invoice-worker-alerts"
}

resource "aws_cloudwatch_metric_alarm" "dlq" {
  alarm_name          = "invoices-dlq-not-empty"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.dlq.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}

variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d4e5f60718"
}

variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}
