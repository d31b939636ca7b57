resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions    = "[{\"name\":\"app\",\"image\":\"nginx\"}]"
}

resource "aws_ecs_service" "bad" {
  name            = "bad"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.app.arn
  launch_type     = "FARGATE"
  desired_count   = 1
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = true # expect: CW-AWS-101
  }
}

resource "aws_ecs_service" "good" {
  name            = "good"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.app.arn
  launch_type     = "FARGATE"
  desired_count   = 1
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = false
  }
}
