resource "aws_ebs_volume" "bad" {
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp2" # expect: CW-AWS-050
}

resource "aws_ebs_volume" "good" {
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp3"
}
