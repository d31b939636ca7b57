provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
resource "aws_rds_global_cluster" "orders" {
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "16.4"
  storage_encrypted         = true
}
resource "aws_rds_cluster" "primary" {
  cluster_identifier        = "orders-primary"
  engine                    = aws_rds_global_cluster.orders.engine
  engine_version            = aws_rds_global_cluster.orders.engine_version
  global_cluster_identifier = aws_rds_global_cluster.orders.id
  master_username           = "app"
  manage_master_user_password = true
  backup_retention_period   = 7
  storage_encrypted         = true
}
resource "aws_rds_cluster_instance" "primary" {
  count              = 2
  cluster_identifier = aws_rds_cluster.primary.id
  instance_class     = "db.r7g.large"
  engine             = aws_rds_cluster.primary.engine
}
resource "aws_rds_cluster" "secondary" {
  provider                  = aws.dr
  cluster_identifier        = "orders-secondary"
  engine                    = aws_rds_global_cluster.orders.engine
  engine_version            = aws_rds_global_cluster.orders.engine_version
  global_cluster_identifier = aws_rds_global_cluster.orders.id
  storage_encrypted         = true
  depends_on                = [aws_rds_cluster_instance.primary]
}
resource "aws_rds_cluster_instance" "secondary" {
  provider           = aws.dr
  cluster_identifier = aws_rds_cluster.secondary.id
  instance_class     = "db.r7g.large"
  engine             = aws_rds_cluster.secondary.engine
}
