resource "aws_db_instance" "bad_default" { # expect: CW-AWS-256
  identifier        = "bad-default"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
}

resource "aws_db_instance" "bad" {
  identifier        = "bad"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  storage_type      = "gp2" # expect: CW-AWS-256
}

resource "aws_db_instance" "good" {
  identifier        = "good"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  storage_type      = "gp3"
}
