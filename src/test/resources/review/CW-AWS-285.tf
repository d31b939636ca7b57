resource "aws_ecs_task_definition" "x86" {
  family                   = "x86"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  container_definitions    = jsonencode([{ name = "app", image = "app:1" }])
}

resource "aws_ecs_service" "bad" { # expect: CW-AWS-285
  name            = "bad"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = aws_ecs_task_definition.x86.arn
  desired_count   = 2
  launch_type     = "FARGATE"
}

resource "aws_ecs_task_definition" "arm" {
  family                   = "arm"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  container_definitions    = jsonencode([{ name = "app", image = "app:1" }])
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "ARM64"
  }
}

resource "aws_ecs_service" "good" {
  name            = "good"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = aws_ecs_task_definition.arm.arn
  desired_count   = 2
  launch_type     = "FARGATE"
}
