output "github_deploy_role_arn" {
  value = aws_iam_role.github_deploy.arn
}

output "readonly_role_arn" {
  value = one(aws_iam_role.readonly[*].arn)
}

output "service_role_arns" {
  value = { for k, r in aws_iam_role.service : k => r.arn }
}

output "github_subjects" {
  description = "OIDC subject patterns allowed to assume the deploy role."
  value       = jsondecode(data.aws_iam_policy_document.github_assume.json).Statement[0].Condition.StringLike["token.actions.githubusercontent.com:sub"]
}
