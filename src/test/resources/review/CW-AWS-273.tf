resource "aws_rds_cluster" "bad" { # expect: CW-AWS-273
  cluster_identifier = "bad"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

resource "aws_rds_cluster_instance" "bad" {
  count              = 3
  cluster_identifier = aws_rds_cluster.bad.id
  instance_class     = "db.r7g.large"
  engine             = aws_rds_cluster.bad.engine
}

resource "aws_rds_cluster" "good" {
  cluster_identifier = "good"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

resource "aws_rds_cluster_instance" "good" {
  count              = 2
  cluster_identifier = aws_rds_cluster.good.id
  instance_class     = "db.r7g.large"
  engine             = aws_rds_cluster.good.engine
}
