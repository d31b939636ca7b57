resource "aws_security_group" "sg" {
  name = "sg"

  ingress {
    from_port = 80
    to_port   = 80
  }

  ingress {
    from_port = 443
    to_port   = 443
  }

  egress {
    from_port = 0
    to_port   = 0
  }

  tags = {
    Name = "sg"
  }
}

resource "aws_security_group" "sg2" {
  ingress {}
  ingress {}
  ingress {}
}
