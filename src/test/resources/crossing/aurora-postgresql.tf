resource "aws_rds_cluster" "db" {
  cluster_identifier          = "db"
  engine                      = "aurora-postgresql"
  storage_encrypted           = true
  storage_type                = "aurora-iopt1"
  manage_master_user_password = true
  master_username             = "app"
}
resource "aws_rds_cluster_instance" "db" {
  count              = 2
  identifier         = "db-${count.index}"
  cluster_identifier = aws_rds_cluster.db.id
  engine             = aws_rds_cluster.db.engine
  instance_class     = "db.r7g.large"
}
