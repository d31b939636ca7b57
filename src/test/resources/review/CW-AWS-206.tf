resource "aws_db_instance" "bad" { # expect: CW-AWS-206
  identifier        = "bad"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "good" {
  identifier        = "good"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  monitoring_interval = 60
  monitoring_role_arn = "arn:aws:iam::123456789012:role/rds-monitoring"
}
