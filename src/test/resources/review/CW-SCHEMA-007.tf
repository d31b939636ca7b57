resource "aws_db_security_group" "bad" { # expect: CW-SCHEMA-007
  name = "classic"
  ingress {
    cidr = "10.0.0.0/16"
  }
}

resource "aws_security_group" "good" {
  name   = "database"
  vpc_id = "vpc-0a1b2c3d4e5f60001"
}
