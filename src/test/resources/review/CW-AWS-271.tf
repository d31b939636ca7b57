resource "aws_db_instance" "bad" { # expect: CW-AWS-271
  identifier        = "bad"
  engine            = "postgres"
  instance_class    = "db.r5.large"
  allocated_storage = 100
}

resource "aws_db_instance" "good" {
  identifier        = "good"
  engine            = "postgres"
  instance_class    = "db.r7g.large"
  allocated_storage = 100
}
