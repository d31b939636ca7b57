resource "aws_eip" "bad" { # expect: CW-AWS-051
  domain = "vpc"
}

resource "aws_eip" "good" {
  domain   = "vpc"
  instance = aws_instance.web.id
}

resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "t4g.micro"
}
