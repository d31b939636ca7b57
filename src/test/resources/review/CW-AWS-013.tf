resource "aws_ebs_volume" "bad" {
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp3"
  encrypted         = false # expect: CW-AWS-013
}

resource "aws_ebs_volume" "good" {
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
}

# Not set: the account's encryption by default decides, unknown offline.
resource "aws_ebs_volume" "good_unknown" {
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp3"
}
