resource "aws_db_instance" "bad" { # expect: CW-AWS-277
  identifier        = "bad"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 100
}

resource "aws_db_instance" "good" {
  identifier        = "good"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
}
