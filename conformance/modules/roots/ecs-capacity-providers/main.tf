# A cluster whose default strategy mixes Fargate and Fargate Spot, services that override it, and a
# task definition without a service (create_service = false) for a job started by a schedule.

provider "aws" {
  region = "eu-north-1"
}

data "aws_vpc" "default" {
  default = true
}

data "aws_subnets" "default" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.default.id]
  }
}

module "ecs" {
  source = "../../modules/ecs"

  cluster_name            = "batch-platform"
  execute_command_logging = "DEFAULT"

  default_capacity_provider_strategy = {
    fargate = { capacity_provider = "FARGATE", weight = 1, base = 1 }
    spot    = { capacity_provider = "FARGATE_SPOT", weight = 3 }
  }

  vpc_id     = data.aws_vpc.default.id
  subnet_ids = data.aws_subnets.default.ids

  services = {
    api = {
      launch_type = "FARGATE"
      container_definitions = {
        api = {
          image         = "ghcr.io/example/api:5.0.0"
          port_mappings = [{ container_port = 8000, app_protocol = "http" }]
        }
      }
    }
    consumer = {
      capacity_provider_strategy = {
        spot = { capacity_provider = "FARGATE_SPOT", weight = 1 }
      }
      desired_count = 3
      container_definitions = {
        consumer = {
          image   = "ghcr.io/example/consumer:5.0.0"
          command = ["consume", "--queue", "events"]
        }
        sidecar = {
          image     = "public.ecr.aws/aws-observability/aws-otel-collector:latest"
          essential = false
        }
      }
      tasks_iam_role_statements = [{
        actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
        resources = ["arn:aws:sqs:eu-north-1:123456789012:events"]
      }]
    }
    nightly-report = {
      create_service     = false
      enable_autoscaling = false
      cpu                = 1024
      memory             = 4096
      container_definitions = {
        report = {
          image = "ghcr.io/example/report:1.2.0"
        }
      }
    }
  }

  tags = { Team = "data" }
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "nightly-report"
  schedule_expression = "cron(0 2 * * ? *)"
}

data "aws_iam_policy_document" "events_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "events" {
  name               = "nightly-report-events"
  assume_role_policy = data.aws_iam_policy_document.events_assume.json
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule     = aws_cloudwatch_event_rule.nightly.name
  arn      = module.ecs.cluster_arn
  role_arn = aws_iam_role.events.arn

  ecs_target {
    task_definition_arn = module.ecs.services["nightly-report"].task_definition_arn
    launch_type         = "FARGATE"
    task_count          = 1

    network_configuration {
      subnets = data.aws_subnets.default.ids
    }
  }
}
