resource "aws_rds_cluster" "app" {
  cluster_identifier  = "app"
  engine              = "aurora-postgresql"
  engine_version      = "16.4"
  master_username     = "app"
  manage_master_user_password = true
  storage_encrypted   = true
  serverlessv2_scaling_configuration {
    min_capacity = 0.5
    max_capacity = 8
  }
}
resource "aws_rds_cluster_instance" "app" {
  count              = 2
  identifier         = "app-${count.index}"
  cluster_identifier = aws_rds_cluster.app.id
  instance_class     = "db.serverless"
  engine             = aws_rds_cluster.app.engine
}
