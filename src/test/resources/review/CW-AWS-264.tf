locals {
  tags = { Environment = "development" }
}

resource "aws_db_instance" "bad" {
  identifier        = "bad"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  multi_az          = true # expect: CW-AWS-264
  tags              = local.tags
}

resource "aws_db_instance" "good" {
  identifier        = "good"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  allocated_storage = 100
  tags              = local.tags
}
