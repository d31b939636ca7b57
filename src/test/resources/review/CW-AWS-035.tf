resource "aws_ecs_service" "bad" { # expect: CW-AWS-035
  name            = "bad"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = "app:1"
  desired_count   = 2
  launch_type     = "FARGATE"
}

resource "aws_ecs_service" "good" {
  name            = "good"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = "app:1"
  desired_count   = 2
  launch_type     = "FARGATE"
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
}
