resource "aws_ecs_cluster" "main" { name = "main" }
resource "aws_ecs_task_definition" "job" {
  family                   = "job"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  container_definitions    = "[]"
  runtime_platform {
    cpu_architecture        = "ARM64"
    operating_system_family = "LINUX"
  }
}
resource "aws_cloudwatch_event_rule" "hourly" {
  name                = "hourly"
  schedule_expression = "rate(1 hour)"
}
resource "aws_cloudwatch_event_target" "hourly" {
  rule = aws_cloudwatch_event_rule.hourly.name
  arn  = aws_ecs_cluster.main.arn
  ecs_target {
    task_definition_arn = aws_ecs_task_definition.job.arn
    task_count          = 1
    capacity_provider_strategy {
      capacity_provider = "FARGATE_SPOT"
      weight            = 1
    }
  }
}
