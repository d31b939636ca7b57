resource "aws_instance" "bad" { # expect: CW-AWS-270
  ami           = "ami-12345678"
  instance_type = "m5.large"
}

resource "aws_launch_template" "x86" {
  image_id      = "ami-12345678"
  instance_type = "c6i.xlarge"
}

resource "aws_autoscaling_group" "bad" { # expect: CW-AWS-270
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-aaaa1111", "subnet-bbbb2222"]
  launch_template {
    id = aws_launch_template.x86.id
  }
}

resource "aws_instance" "good" {
  ami           = "ami-12345678"
  instance_type = "m7g.large"
}
