provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

resource "aws_db_instance" "bad" { # expect: CW-AWS-243
  identifier              = "bad"
  engine                  = "postgres"
  instance_class          = "db.r7g.large"
  allocated_storage       = 100
  backup_retention_period = 7
}

resource "aws_db_instance" "good" {
  identifier              = "good"
  engine                  = "postgres"
  instance_class          = "db.r7g.large"
  allocated_storage       = 100
  backup_retention_period = 7
}

resource "aws_db_instance_automated_backups_replication" "good" {
  provider               = aws.dr
  source_db_instance_arn = aws_db_instance.good.arn
  retention_period       = 7
}

resource "aws_s3_bucket" "dr_artifacts" {
  provider = aws.dr
  bucket   = "dr-artifacts"
}
