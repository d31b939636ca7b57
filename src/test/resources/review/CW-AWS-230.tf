resource "aws_elasticache_replication_group" "bad_single" { # expect: CW-AWS-230
  replication_group_id = "bad-single"
  description          = "one node"
  engine               = "redis"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 1
}

resource "aws_elasticache_replication_group" "bad_manual" {
  replication_group_id       = "bad-manual"
  description                = "replica, manual failover"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = false # expect: CW-AWS-230
}

variable "cache_nodes" {
  type    = number
  default = 2
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id       = "good"
  description                = "primary and replica in two zones"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = var.cache_nodes
  automatic_failover_enabled = true
  multi_az_enabled           = true
}

resource "aws_elasticache_cluster" "good_memcached" {
  cluster_id      = "good-memcached"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "bad_redis_node" { # expect: CW-AWS-230
  cluster_id      = "bad-redis-node"
  engine          = "redis"
  node_type       = "cache.r7g.large"
  num_cache_nodes = 1
}
