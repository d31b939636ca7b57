resource "aws_rds_cluster" "bad" {
  cluster_identifier          = "bad"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = false # expect: CW-AWS-011
}

resource "aws_rds_cluster" "good" {
  cluster_identifier          = "good"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}
