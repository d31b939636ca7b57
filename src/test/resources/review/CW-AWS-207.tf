resource "aws_db_instance" "bad" { # expect: CW-AWS-207
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
  performance_insights_enabled = true
}
