resource "aws_ecs_service" "bad" { # expect: CW-AWS-234
  name            = "bad"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = "app:1"
  desired_count   = 1
  launch_type     = "FARGATE"
}

variable "tasks" {
  type    = number
  default = 3
}

resource "aws_ecs_service" "good" {
  name            = "good"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = "app:1"
  desired_count   = var.tasks
  launch_type     = "FARGATE"
}
