resource "aws_launch_template" "app" {
  image_id      = "ami-12345678"
  instance_type = "m7g.large"
}

resource "aws_autoscaling_group" "bad" { # expect: CW-AWS-232
  min_size            = 1
  max_size            = 4
  vpc_zone_identifier = ["subnet-aaaa1111", "subnet-bbbb2222"]
  launch_template {
    id = aws_launch_template.app.id
  }
}

locals {
  min_instances = 2
}

resource "aws_autoscaling_group" "good" {
  min_size            = local.min_instances
  max_size            = 6
  vpc_zone_identifier = ["subnet-aaaa1111", "subnet-bbbb2222"]
  launch_template {
    id = aws_launch_template.app.id
  }
}
