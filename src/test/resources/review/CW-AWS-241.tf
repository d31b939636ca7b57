resource "aws_lb" "bad" { # expect: CW-AWS-241
  name    = "bad"
  subnets = ["subnet-aaaa1111", "subnet-bbbb2222"]
}

resource "aws_lb" "good" {
  name                       = "good"
  subnets                    = ["subnet-aaaa1111", "subnet-bbbb2222"]
  enable_deletion_protection = true
}
