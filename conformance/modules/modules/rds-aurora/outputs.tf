output "cluster_id" {
  value = try(aws_rds_cluster.this[0].id, null)
}

output "cluster_arn" {
  value = try(aws_rds_cluster.this[0].arn, null)
}

output "cluster_endpoint" {
  value = try(aws_rds_cluster.this[0].endpoint, null)
}

output "cluster_reader_endpoint" {
  value = try(aws_rds_cluster.this[0].reader_endpoint, null)
}

output "cluster_port" {
  value = local.port
}

output "security_group_id" {
  value = module.security_group.security_group_id
}

output "cluster_instances" {
  value = { for k, i in aws_rds_cluster_instance.this : k => i.identifier }
}
