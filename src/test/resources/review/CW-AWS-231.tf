resource "aws_rds_cluster" "bad" {
  cluster_identifier = "bad"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = true
}

resource "aws_rds_cluster_instance" "bad_writer" { # expect: CW-AWS-231
  cluster_identifier = aws_rds_cluster.bad.id
  instance_class     = "db.r7g.large"
  engine             = aws_rds_cluster.bad.engine
}

resource "aws_rds_cluster" "good" {
  cluster_identifier = "good"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = true
}

resource "aws_rds_cluster_instance" "good" {
  count              = 2
  cluster_identifier = aws_rds_cluster.good.id
  instance_class     = "db.r7g.large"
  engine             = aws_rds_cluster.good.engine
}
