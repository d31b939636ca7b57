resource "aws_instance" "bad" { # expect: CW-AWS-255
  ami           = "ami-12345678"
  instance_type = "m4.large"
}

resource "aws_db_instance" "bad" { # expect: CW-AWS-255
  identifier        = "bad"
  engine            = "postgres"
  instance_class    = "db.m4.large"
  allocated_storage = 100
}

variable "instance_type" {
  type    = string
  default = "m7g.large"
}

resource "aws_instance" "good" {
  ami           = "ami-12345678"
  instance_type = var.instance_type
}
