output "secret_arns" {
  value = { for k, s in aws_secretsmanager_secret.this : k => s.arn }
}

output "generated_passwords" {
  value     = { for k, p in random_password.this : k => p.result }
  sensitive = true
}

output "rotation_enabled" {
  value = { for k in keys(var.secrets) : k => contains(keys(aws_secretsmanager_secret_rotation.this), k) }
}
