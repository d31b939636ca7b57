output "key_arn" {
  description = "ARN of the key (the replica's ARN when replica_of is set)."
  value       = local.is_replica ? aws_kms_replica_key.this[0].arn : aws_kms_key.this[0].arn
}

output "key_id" {
  description = "Id of the key (for a multi-Region key, the mrk- id shared by the primary and its replicas)."
  value       = local.is_replica ? aws_kms_replica_key.this[0].key_id : aws_kms_key.this[0].key_id
}

output "alias_name" {
  description = "Alias of the key (alias/<name>), the same in every region."
  value       = aws_kms_alias.this.name
}
