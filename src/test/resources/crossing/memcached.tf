resource "aws_elasticache_cluster" "sessions" {
  cluster_id           = "sessions"
  engine               = "memcached"
  node_type            = "cache.t4g.medium"
  num_cache_nodes      = 2
  az_mode              = "cross-az"
  parameter_group_name = "default.memcached1.6"
}
