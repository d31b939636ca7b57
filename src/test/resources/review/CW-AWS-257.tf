resource "aws_ebs_volume" "bad" {
  availability_zone = "us-east-1a"
  size              = 500
  type              = "io1" # expect: CW-AWS-257
  iops              = 5000
  encrypted         = true
}

resource "aws_ebs_volume" "good_high_iops" {
  availability_zone = "us-east-1a"
  size              = 1000
  type              = "io1"
  iops              = 32000
  encrypted         = true
}

resource "aws_ebs_volume" "good" {
  availability_zone = "us-east-1a"
  size              = 500
  type              = "gp3"
  iops              = 5000
  encrypted         = true
}
