resource "aws_security_group" "bad" {
  name = "bad"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: CW-AWS-120
  }
}

resource "aws_instance" "bad" {
  ami                    = "ami-12345678"
  instance_type          = "t4g.micro"
  vpc_security_group_ids = [aws_security_group.bad.id]
}

resource "aws_security_group" "bad_range" {
  name = "bad-range"
}

# A range that includes 22, in a rule of its own, over IPv6.
resource "aws_vpc_security_group_ingress_rule" "bad_range" {
  security_group_id = aws_security_group.bad_range.id
  from_port         = 20
  to_port           = 25
  ip_protocol       = "tcp"
  cidr_ipv6         = "::/0" # expect: CW-AWS-120
}

resource "aws_instance" "bad_range" {
  ami                    = "ami-12345678"
  instance_type          = "t4g.micro"
  vpc_security_group_ids = [aws_security_group.bad_range.id]
}

variable "admin_cidr" {
  type    = string
  default = "203.0.113.0/24"
}

resource "aws_security_group" "good" {
  name = "good"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "good" {
  ami                    = "ami-12345678"
  instance_type          = "t4g.micro"
  vpc_security_group_ids = [aws_security_group.good.id]
}

variable "office_cidr" {
  type = string
}

# Given at plan time: not known offline, so reported as unknown, not as a finding.
resource "aws_security_group" "good_unknown" {
  name = "good-unknown"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.office_cidr]
  }
}

resource "aws_instance" "good_unknown" {
  ami                    = "ami-12345678"
  instance_type          = "t4g.micro"
  vpc_security_group_ids = [aws_security_group.good_unknown.id]
}
