resource "aws_elasticache_replication_group" "bad" { # expect: CW-AWS-239
  replication_group_id       = "bad"
  description                = "no snapshots"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id       = "good"
  description                = "daily snapshots"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  snapshot_retention_limit   = 7
}

resource "aws_elasticache_cluster" "good_memcached" {
  cluster_id      = "good-memcached"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}
