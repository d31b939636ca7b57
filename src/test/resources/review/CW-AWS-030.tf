resource "aws_db_instance" "bad" {
  engine                  = "postgres"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  backup_retention_period = 1 # expect: CW-AWS-030
}

resource "aws_db_instance" "good" {
  engine                  = "postgres"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  backup_retention_period = 14
}
