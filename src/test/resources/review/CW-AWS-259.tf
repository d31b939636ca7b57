resource "aws_ebs_volume" "bad" { # expect: CW-AWS-259
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
}

resource "aws_instance" "app" {
  ami               = "ami-12345678"
  instance_type     = "m7g.large"
  availability_zone = "us-east-1a"
}

resource "aws_ebs_volume" "good" {
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
}

resource "aws_volume_attachment" "good" {
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.good.id
  instance_id = aws_instance.app.id
}
