resource "aws_elasticache_replication_group" "bad" { # expect: CW-AWS-272
  replication_group_id = "bad"
  description          = "x86 nodes"
  engine               = "redis"
  node_type            = "cache.r5.large"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id = "good"
  description          = "Graviton nodes"
  engine               = "redis"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
}
