resource "aws_rds_cluster" "bad" { # expect: CW-AWS-032
  cluster_identifier          = "bad"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "good" {
  cluster_identifier          = "good"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
  deletion_protection         = true
}
