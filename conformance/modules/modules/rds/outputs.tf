output "db_instance_identifier" {
  value = try(aws_db_instance.this[0].identifier, null)
}

output "db_instance_arn" {
  value = try(aws_db_instance.this[0].arn, null)
}

output "db_instance_endpoint" {
  value = try(aws_db_instance.this[0].endpoint, null)
}

output "replica_identifiers" {
  value = aws_db_instance.replica[*].identifier
}

output "master_user_secret_arn" {
  description = "Secret holding the master password (managed by RDS)."
  value       = try(aws_db_instance.this[0].master_user_secret[0].secret_arn, null)
  sensitive   = true
}
