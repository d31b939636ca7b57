resource "aws_db_instance" "bad" { # expect: CW-AWS-010
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "good" {
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}
