resource "aws_instance" "bad" { # expect: CW-AWS-205
  ami           = "ami-12345678"
  instance_type = "t4g.micro"
}

resource "aws_instance" "good" {
  count         = 2
  ami           = "ami-12345678"
  instance_type = "t4g.micro"
  monitoring    = true
}
