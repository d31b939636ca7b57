resource "aws_db_instance" "bad" {
  identifier          = "bad"
  engine              = "postgres"
  instance_class      = "db.r7g.large"
  allocated_storage   = 100
  skip_final_snapshot = true # expect: CW-AWS-248
}

resource "aws_rds_cluster" "bad" {
  cluster_identifier  = "bad"
  engine              = "aurora-postgresql"
  master_username     = "app"
  skip_final_snapshot = true # expect: CW-AWS-248
}

variable "skip_final_snapshot" {
  type    = bool
  default = false
}

resource "aws_db_instance" "good" {
  identifier                = "good"
  engine                    = "postgres"
  instance_class            = "db.r7g.large"
  allocated_storage         = 100
  skip_final_snapshot       = var.skip_final_snapshot
  final_snapshot_identifier = "good-final"
}
