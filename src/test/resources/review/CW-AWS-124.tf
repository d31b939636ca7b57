resource "aws_vpc" "bad" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "bad" {
  vpc_id = aws_vpc.bad.id
  ingress { # expect: CW-AWS-124
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }
}

resource "aws_vpc" "good" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_default_security_group" "good" {
  vpc_id = aws_vpc.good.id
}
