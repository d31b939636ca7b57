output "instance_arn" {
  description = "ARN of the DB instance (the source ARN for a cross-region read replica)."
  value       = aws_db_instance.this.arn
}

output "instance_identifier" {
  description = "Identifier of the DB instance (CloudWatch dimension DBInstanceIdentifier)."
  value       = aws_db_instance.this.identifier
}

output "endpoint" {
  description = "Connection endpoint of the instance as host:port."
  value       = aws_db_instance.this.endpoint
}

output "address" {
  description = "DNS name of the instance."
  value       = aws_db_instance.this.address
}

output "port" {
  description = "Port the database listens on (5432 for PostgreSQL, 3306 for MySQL)."
  value       = local.port
}

output "security_group_id" {
  description = "Security group of the instance; ingress only from client_security_group_ids and the proxy on the engine port."
  value       = aws_security_group.this.id
}

output "proxy_endpoint" {
  description = "DNS name of the RDS Proxy (TLS and IAM authentication required), or null without a proxy."
  value       = one(aws_db_proxy.this[*].endpoint)
}

output "master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the master user credentials, managed and rotated by RDS (null for a read replica)."
  value       = local.is_replica ? null : local.master_secret_arn
}
