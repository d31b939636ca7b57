resource "aws_security_group" "bad" {
  name = "bad"
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: CW-AWS-123
  }
}

resource "aws_instance" "bad" {
  ami                    = "ami-12345678"
  instance_type          = "t4g.micro"
  vpc_security_group_ids = [aws_security_group.bad.id]
}

resource "aws_security_group" "good" {
  name = "good"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  # Everything out is fine: only what comes in is checked.
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "good" {
  name               = "good"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
  security_groups    = [aws_security_group.good.id]
}
