resource "aws_instance" "bad" {
  ami                         = "ami-12345678"
  instance_type               = "t4g.micro"
  associate_public_ip_address = true # expect: CW-AWS-100
}

resource "aws_instance" "bad_eip" {
  ami           = "ami-12345678"
  instance_type = "t4g.micro"
}

resource "aws_eip" "bad_eip" { # expect: CW-AWS-100
  instance = aws_instance.bad_eip.id
}

variable "public_ip" {
  type    = bool
  default = false
}

resource "aws_instance" "good" {
  count                       = 2
  ami                         = "ami-12345678"
  instance_type               = "t4g.micro"
  associate_public_ip_address = var.public_ip
}

# Not set: the subnet decides, not known from the instance alone, so nothing is reported.
resource "aws_instance" "good_subnet" {
  ami           = "ami-12345678"
  instance_type = "t4g.micro"
}
