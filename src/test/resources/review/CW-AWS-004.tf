resource "aws_instance" "bad" {
  ami           = "ami-12345678"
  instance_type = "t4g.micro"
  metadata_options {
    http_tokens = "optional" # expect: CW-AWS-004
  }
}

resource "aws_instance" "good" {
  count         = 2
  ami           = "ami-12345678"
  instance_type = "t4g.micro"
  metadata_options {
    http_tokens = "required"
  }
}

# Not set: it depends on the image and the account default, unknown offline, so nothing is reported.
resource "aws_instance" "good_unknown" {
  ami           = "ami-12345678"
  instance_type = "t4g.micro"
}
