resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "t4g.small"
}
resource "aws_eip" "web" {
  domain = "vpc"
}
resource "aws_eip_association" "web" {
  allocation_id = aws_eip.web.id
  instance_id   = aws_instance.web.id
}
resource "aws_eip" "spare" {
  domain = "vpc"
}
