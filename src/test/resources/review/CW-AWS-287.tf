locals {
  tags = { Environment = "staging" }
}

resource "aws_launch_template" "app" {
  image_id      = "ami-12345678"
  instance_type = "m7g.large"
}

resource "aws_autoscaling_group" "bad" { # expect: CW-AWS-287
  min_size            = 3
  max_size            = 6
  vpc_zone_identifier = ["subnet-aaaa1111", "subnet-bbbb2222"]
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "Environment"
    value               = "staging"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_group" "good" {
  min_size            = 1
  max_size            = 4
  vpc_zone_identifier = ["subnet-aaaa1111", "subnet-bbbb2222"]
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_ecs_service" "good" {
  name            = "good"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = "app:1"
  desired_count   = 1
  launch_type     = "FARGATE"
  tags            = local.tags
}
