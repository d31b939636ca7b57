resource "aws_instance" "bastion" {
  ami           = "ami-12345678"
  instance_type = "m7g.large"
}
