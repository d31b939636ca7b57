# The same log group in two regions (the module's default provider and the one passed as aws.secondary),
# and metric filters on the primary one.

terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      version               = ">= 6.0"
      configuration_aliases = [aws.secondary]
    }
  }
}

variable "name" {
  type = string
}

variable "retention_days" {
  type    = number
  default = 14
}

resource "aws_cloudwatch_log_group" "primary" {
  name              = "/app/${var.name}"
  retention_in_days = var.retention_days
}

resource "aws_cloudwatch_log_group" "secondary" {
  provider = aws.secondary

  name              = "/app/${var.name}"
  retention_in_days = var.retention_days
}

resource "aws_cloudwatch_log_metric_filter" "levels" {
  for_each = {
    errors   = "ERROR"
    warnings = "WARN"
  }

  name           = "${var.name}-${each.key}"
  log_group_name = aws_cloudwatch_log_group.primary.name
  pattern        = each.value

  metric_transformation {
    name      = "${var.name}-${each.key}"
    namespace = "App"
    value     = "1"
  }
}

output "log_group_arns" {
  value = [aws_cloudwatch_log_group.primary.arn, aws_cloudwatch_log_group.secondary.arn]
}
