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

resource "aws_launch_template" "app" {
  image_id      = "ami-12345678"
  instance_type = "m7g.large"
}

resource "aws_autoscaling_group" "bad" { # expect: CW-AWS-233
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = [aws_subnet.a.id]
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_autoscaling_group" "good" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = [for s in [aws_subnet.a, aws_subnet.b] : s.id]
  launch_template {
    id = aws_launch_template.app.id
  }
}
