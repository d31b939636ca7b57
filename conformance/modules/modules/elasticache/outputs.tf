output "id" {
  value = join("", aws_elasticache_replication_group.this[*].id)
}

output "arn" {
  value = join("", aws_elasticache_replication_group.this[*].arn)
}

output "member_count" {
  value = local.member_count
}

output "endpoint" {
  value = local.cluster_mode ? try(aws_elasticache_replication_group.this[0].configuration_endpoint_address, null) : try(aws_elasticache_replication_group.this[0].primary_endpoint_address, null)
}

output "security_group_id" {
  value = try(module.security_group[0].security_group_id, null)
}
