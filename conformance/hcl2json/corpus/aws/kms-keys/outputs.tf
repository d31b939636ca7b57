output "key_arns" {
  value = { for k, v in aws_kms_key.this : k => v.arn }
}

output "key_ids" {
  value = { for k, v in aws_kms_key.this : k => v.key_id }
}

output "alias_arns" {
  value = { for k, v in aws_kms_alias.this : k => v.arn }
}

output "key_regions" {
  description = "Region parsed back out of each key ARN via the provider function."
  value       = { for k, v in aws_kms_key.this : k => provider::aws::arn_parse(v.arn).region }
}

output "user_accounts" {
  value = local.user_accounts
}
