resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_task_definition" "bad" {
  family                   = "bad"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([{ # expect: CW-AWS-141
    name  = "app"
    image = "nginx"
    environment = [
      { name = "STRIPE_API_KEY", value = "sk_live_abcdefghijklmnop" }
    ]
  }])
}

resource "aws_ecs_service" "bad" {
  name            = "bad"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.bad.arn
  launch_type     = "FARGATE"
}

resource "aws_secretsmanager_secret" "stripe" {
  name = "stripe"
}

resource "aws_ecs_task_definition" "good" {
  family                   = "good"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([{
    name  = "app"
    image = "nginx"
    environment = [
      { name = "LOG_LEVEL", value = "info" }
    ]
    secrets = [
      { name = "STRIPE_API_KEY", valueFrom = aws_secretsmanager_secret.stripe.arn }
    ]
  }])
}

resource "aws_ecs_service" "good" {
  name            = "good"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.good.arn
  launch_type     = "FARGATE"
}
