resource "aws_elasticache_replication_group" "bad" {
  replication_group_id          = "sessions"
  replication_group_description = "sessions" # expect: CW-SCHEMA-006
  node_type                     = "cache.t4g.small"
  number_cache_clusters         = 2 # expect: CW-SCHEMA-006
}

resource "aws_eip" "bad" {
  vpc = true # expect: CW-SCHEMA-006
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}

resource "aws_eip" "good" {
  domain = "vpc"
}
