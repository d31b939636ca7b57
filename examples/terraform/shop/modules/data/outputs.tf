output "kms_key_arn" {
  description = "ARN of the customer-managed KMS key for data at rest."
  value       = aws_kms_key.data.arn
}

output "client_security_group_id" {
  description = "Security group that workloads attach to reach Aurora and the cache."
  value       = aws_security_group.clients.id
}

output "aurora_cluster_id" {
  description = "Identifier of the Aurora cluster."
  value       = aws_rds_cluster.this.cluster_identifier
}

output "aurora_cluster_arn" {
  description = "ARN of the Aurora cluster."
  value       = aws_rds_cluster.this.arn
}

output "aurora_endpoint" {
  description = "Writer endpoint of the Aurora cluster."
  value       = aws_rds_cluster.this.endpoint
}

output "aurora_reader_endpoint" {
  description = "Load-balanced reader endpoint of the Aurora cluster."
  value       = aws_rds_cluster.this.reader_endpoint
}

output "database_name" {
  description = "Name of the application database."
  value       = aws_rds_cluster.this.database_name
}

output "db_master_secret_arn" {
  description = "ARN of the RDS-managed Secrets Manager secret holding the master credentials."
  value       = aws_rds_cluster.this.master_user_secret[0].secret_arn
}

output "app_secret_arn" {
  description = "ARN of the application secret (third-party API keys)."
  value       = aws_secretsmanager_secret.app.arn
}

output "cache_primary_endpoint" {
  description = "Primary endpoint of the Valkey replication group."
  value       = aws_elasticache_replication_group.cache.primary_endpoint_address
}

output "cart_table_name" {
  description = "Name of the DynamoDB cart table."
  value       = aws_dynamodb_table.carts.name
}

output "cart_table_arn" {
  description = "ARN of the DynamoDB cart table."
  value       = aws_dynamodb_table.carts.arn
}
