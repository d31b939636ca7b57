output "node_group_arn" {
  value = try(aws_eks_node_group.this[0].arn, null)
}

output "iam_role_arn" {
  value = try(aws_iam_role.this[0].arn, null)
}
