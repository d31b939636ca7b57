resource "aws_security_group" "bad" {
  name = "bad"
}

resource "aws_security_group_rule" "bad" {
  type              = "ingress"
  security_group_id = aws_security_group.bad.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # expect: CW-AWS-121
}

resource "aws_instance" "bad" {
  ami                    = "ami-12345678"
  instance_type          = "m7i.large"
  vpc_security_group_ids = [aws_security_group.bad.id]
}

resource "aws_security_group" "good" {
  name = "good"
}

resource "aws_security_group_rule" "good" {
  type              = "ingress"
  security_group_id = aws_security_group.good.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
}

resource "aws_instance" "good" {
  ami                    = "ami-12345678"
  instance_type          = "m7i.large"
  vpc_security_group_ids = [aws_security_group.good.id]
}
