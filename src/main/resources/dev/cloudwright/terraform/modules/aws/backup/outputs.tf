output "vault_arn" {
  description = "ARN of the backup vault (the copy destination for another region's plan)."
  value       = aws_backup_vault.this.arn
}

output "vault_name" {
  description = "Name of the backup vault."
  value       = aws_backup_vault.this.name
}

output "plan_id" {
  description = "Id of the backup plan (null when create_plan is false)."
  value       = one(aws_backup_plan.this[*].id)
}
