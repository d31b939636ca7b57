resource "aws_subnet" "a" {
  vpc_id            = "vpc-12345678"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = "vpc-12345678"
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_ecs_service" "bad" { # expect: CW-AWS-250
  name            = "bad"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = "app:1"
  desired_count   = 2
  launch_type     = "FARGATE"
  network_configuration {
    subnets = [aws_subnet.a.id]
  }
}

resource "aws_ecs_service" "good" {
  name            = "good"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = "app:1"
  desired_count   = 2
  launch_type     = "FARGATE"
  network_configuration {
    subnets = [aws_subnet.a.id, aws_subnet.b.id]
  }
}
