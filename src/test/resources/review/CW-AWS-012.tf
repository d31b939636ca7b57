resource "aws_elasticache_replication_group" "bad" { # expect: CW-AWS-012
  replication_group_id       = "bad"
  description                = "cache"
  node_type                  = "cache.t4g.micro"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id       = "good"
  description                = "cache"
  node_type                  = "cache.t4g.micro"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
