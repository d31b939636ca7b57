output "security_group_ids" {
  description = "Map of group key to security group ID."
  value       = { for k, sg in aws_security_group.this : k => sg.id }
}

output "security_group_arns" {
  value = { for k, sg in aws_security_group.this : k => sg.arn }
}

output "rule_keys_by_group" {
  description = "Diagnostic output: the generated rule keys, grouped by security group."
  value       = local.rules_per_group
}

output "legacy_bastion_sg_id" {
  value = try(aws_security_group.legacy_bastion[0].id, null)
}
