resource "aws_elasticache_serverless_cache" "sessions" {
  name   = "sessions"
  engine = "valkey"
}
