resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-aaaa1111", "subnet-bbbb2222"]
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-12345678"
}

resource "aws_lb_listener" "web" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_launch_template" "app" {
  image_id      = "ami-12345678"
  instance_type = "m7g.large"
}

resource "aws_autoscaling_group" "bad" { # expect: CW-AWS-242
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-aaaa1111", "subnet-bbbb2222"]
  target_group_arns   = [aws_lb_target_group.web.arn]
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_autoscaling_group" "good" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-aaaa1111", "subnet-bbbb2222"]
  target_group_arns   = [aws_lb_target_group.web.arn]
  health_check_type   = "ELB"
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_autoscaling_group" "good_workers" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-aaaa1111", "subnet-bbbb2222"]
  launch_template {
    id = aws_launch_template.app.id
  }
}
