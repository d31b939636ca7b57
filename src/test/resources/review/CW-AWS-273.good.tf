resource "aws_rds_cluster" "good" {
  cluster_identifier = "good"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

resource "aws_rds_cluster_instance" "good" {
  count              = 3
  cluster_identifier = aws_rds_cluster.good.id
  instance_class     = "db.r7g.large"
  engine             = aws_rds_cluster.good.engine
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id       = "good-cache"
  description                = "read cache"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}
