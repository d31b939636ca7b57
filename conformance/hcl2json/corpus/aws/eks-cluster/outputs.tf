output "cluster_name" {
  value = aws_eks_cluster.this.name
}

output "cluster_endpoint" {
  value = aws_eks_cluster.this.endpoint
}

output "cluster_certificate_authority_data" {
  value     = aws_eks_cluster.this.certificate_authority[0].data
  sensitive = true
}

output "oidc_provider_arn" {
  value = aws_iam_openid_connect_provider.this.arn
}

output "irsa_role_arns" {
  value = { for k, r in aws_iam_role.irsa : k => r.arn }
}

output "node_group_statuses" {
  value = { for k, ng in aws_eks_node_group.this : k => ng.status }
}

output "aws_auth_map_roles" {
  description = "Rendered mapRoles YAML."
  value       = local.aws_auth_configmap_data.mapRoles
}
