output "cluster_name" {
  value = try(aws_eks_cluster.this[0].name, null)
}

output "cluster_arn" {
  value = try(aws_eks_cluster.this[0].arn, null)
}

output "cluster_endpoint" {
  value = try(aws_eks_cluster.this[0].endpoint, null)
}

output "cluster_security_group_id" {
  value = module.cluster_security_group.security_group_id
}

output "node_groups" {
  value = { for k, g in module.node_group : k => g.node_group_arn }
}
