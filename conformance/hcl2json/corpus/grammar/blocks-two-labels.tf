resource "aws_instance" "web" {
  ami           = "ami-123456"
  instance_type = "t3.micro"
}

resource "aws_s3_bucket" "logs" {
  bucket = "my-logs"
}

data "aws_ami" "ubuntu" {
  most_recent = true
}
