resource "aws_ecs_cluster" "bad" {
  name = "bad"
}

resource "aws_ecs_service" "bad" { # expect: CW-AWS-041
  name            = "bad"
  cluster         = aws_ecs_cluster.bad.id
  task_definition = "app:1"
  desired_count   = 2
  launch_type     = "FARGATE"
}

resource "aws_ecs_cluster" "good" {
  name = "good"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_service" "good" {
  name            = "good"
  cluster         = aws_ecs_cluster.good.id
  task_definition = "app:1"
  desired_count   = 2
  launch_type     = "FARGATE"
}
