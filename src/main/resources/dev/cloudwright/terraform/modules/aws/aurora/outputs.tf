output "cluster_arn" {
  description = "ARN of the Aurora cluster."
  value       = aws_rds_cluster.this.arn
}

output "cluster_identifier" {
  description = "Identifier of the Aurora cluster."
  value       = aws_rds_cluster.this.cluster_identifier
}

output "endpoint" {
  description = "Writer endpoint (DNS name) of the cluster; for a secondary cluster it becomes writable only after a switchover or failover."
  value       = aws_rds_cluster.this.endpoint
}

output "reader_endpoint" {
  description = "Reader endpoint (DNS name) load-balancing over the cluster's readers."
  value       = aws_rds_cluster.this.reader_endpoint
}

output "port" {
  description = "Port the cluster listens on (5432 for PostgreSQL, 3306 for MySQL)."
  value       = local.port
}

output "security_group_id" {
  description = "Security group of the cluster; ingress only from client_security_group_ids on the engine port."
  value       = aws_security_group.this.id
}

output "master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the master user credentials, managed and rotated by RDS (null for a secondary cluster)."
  value       = local.terraform_password ? aws_secretsmanager_secret.master[0].arn : local.is_primary ? one(aws_rds_cluster.this.master_user_secret[*].secret_arn) : null
}
