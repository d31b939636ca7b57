output "vault_arn" {
  value = aws_backup_vault.this.arn
}

output "dr_vault_arn" {
  value = try(aws_backup_vault.dr[0].arn, null)
}

output "plan_ids" {
  value = zipmap(keys(aws_backup_plan.this), [for p in values(aws_backup_plan.this) : p.id])
}

output "role_arn" {
  value = aws_iam_role.backup.arn
}
