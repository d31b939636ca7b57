output "security_group_id" {
  value = local.group_id
}

output "security_group_arn" {
  value = try(aws_security_group.this[0].arn, null)
}

output "security_group_name" {
  value = try(aws_security_group.this[0].name, null)
}
