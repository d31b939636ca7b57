output "primary_endpoint" {
  value = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "reader_endpoint" {
  value = aws_elasticache_replication_group.this.reader_endpoint_address
}

output "configuration_endpoint" {
  value = local.cluster_mode_enabled ? aws_elasticache_replication_group.this.configuration_endpoint_address : null
}

output "auth_secret_arn" {
  value = aws_secretsmanager_secret.auth.arn
}

output "auth_token" {
  value     = random_password.auth.result
  sensitive = true
}
