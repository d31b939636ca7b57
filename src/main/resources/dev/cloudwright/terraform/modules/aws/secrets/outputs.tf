output "secret_arn" {
  description = "ARN of the secret (the same secret name in each replica region)."
  value       = aws_secretsmanager_secret.this.arn
}
