output "primary_endpoint" {
  description = "Primary (writer) endpoint of a replication group without cluster mode; null in cluster mode (use configuration_endpoint) and for Memcached."
  value       = one(aws_elasticache_replication_group.this[*].primary_endpoint_address)
}

output "reader_endpoint" {
  description = "Reader endpoint of a replication group without cluster mode; null in cluster mode and for Memcached."
  value       = one(aws_elasticache_replication_group.this[*].reader_endpoint_address)
}

output "configuration_endpoint" {
  description = "Configuration endpoint: of the replication group in cluster mode, or of the Memcached cluster (node discovery); null otherwise."
  value       = local.is_memcached ? one(aws_elasticache_cluster.memcached[*].cluster_address) : one(aws_elasticache_replication_group.this[*].configuration_endpoint_address)
}

output "port" {
  description = "Port of the cache (6379 for Valkey/Redis OSS, 11211 for Memcached)."
  value       = local.port
}

output "security_group_id" {
  description = "Security group of the cache; ingress only from client_security_group_ids on the cache port."
  value       = aws_security_group.this.id
}

output "user_group_id" {
  description = "RBAC user group of the replication group (null for Memcached)."
  value       = one(aws_elasticache_user_group.this[*].user_group_id)
}

output "replication_group_id" {
  description = "Id of the replication group, the CloudWatch dimension of its metrics (null for Memcached)."
  value       = one(aws_elasticache_replication_group.this[*].replication_group_id)
}

output "iam_user_id" {
  description = "User the application connects as with an IAM authentication token (its role needs elasticache:Connect on the replication group and this user); null for Memcached."
  value       = one(aws_elasticache_user.app[*].user_id)
}
