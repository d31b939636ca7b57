resource "aws_ebs_volume" "bad_default" { # expect: CW-AWS-275
  availability_zone = "us-east-1a"
  size              = 500
  type              = "gp3"
  iops              = 8000
  encrypted         = true
}

resource "aws_ebs_volume" "bad" {
  availability_zone = "us-east-1a"
  size              = 500
  type              = "gp3"
  iops              = 8000
  throughput        = 125 # expect: CW-AWS-275
  encrypted         = true
}

resource "aws_ebs_volume" "good" {
  availability_zone = "us-east-1a"
  size              = 500
  type              = "gp3"
  iops              = 8000
  throughput        = 500
  encrypted         = true
}

resource "aws_ebs_volume" "good_baseline" {
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
}
