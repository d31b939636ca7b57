output "endpoint" {
  value = aws_db_instance.primary.endpoint
}

output "address" {
  value = aws_db_instance.primary.address
}

output "port" {
  value = aws_db_instance.primary.port
}

output "master_user_secret_arn" {
  description = "Secrets Manager secret holding the master password (managed by RDS)."
  value       = try(aws_db_instance.primary.master_user_secret[0].secret_arn, null)
  sensitive   = true
}

output "replica_endpoints" {
  value = aws_db_instance.replica[*].endpoint
}

output "parameter_group_family" {
  value = local.family
}
