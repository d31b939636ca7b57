output "api_endpoint" {
  description = "HTTPS URL of the API (its $default stage)."
  value       = aws_apigatewayv2_api.this.api_endpoint
}

output "api_id" {
  description = "ID of the HTTP API."
  value       = aws_apigatewayv2_api.this.id
}

output "function_name" {
  description = "Name of the Lambda function."
  value       = aws_lambda_function.this.function_name
}

output "function_arn" {
  description = "ARN of the Lambda function."
  value       = aws_lambda_function.this.arn
}

output "security_group_id" {
  description = "Security group of the function's network interfaces; null when the function is not in a VPC."
  value       = one(aws_security_group.this[*].id)
}

output "role_name" {
  description = "Name of the function's execution role, for the caller to attach the application's data permissions."
  value       = aws_iam_role.function.name
}

output "origin_target_domain_name" {
  description = "Regional API Gateway domain that origin_domain_name resolves to (alias target); null without origin_domain_name."
  value       = try(aws_apigatewayv2_domain_name.this["origin"].domain_name_configuration[0].target_domain_name, null)
}

output "origin_hosted_zone_id" {
  description = "Hosted zone of origin_target_domain_name (alias target zone); null without origin_domain_name."
  value       = try(aws_apigatewayv2_domain_name.this["origin"].domain_name_configuration[0].hosted_zone_id, null)
}
