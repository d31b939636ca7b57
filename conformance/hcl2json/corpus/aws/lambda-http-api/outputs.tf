output "api_endpoint" {
  value = aws_apigatewayv2_api.this.api_endpoint
}

output "invoke_url" {
  value = var.custom_domain != null ? "https://${var.custom_domain.domain_name}" : aws_apigatewayv2_stage.this.invoke_url
}

output "function_arns" {
  value = { for k, f in aws_lambda_function.fn : k => f.arn }
}

output "function_role_names" {
  value = { for k, r in aws_iam_role.fn : k => r.name }
}

output "routes" {
  value = sort(keys(local.route_map))
}
