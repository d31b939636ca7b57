output "container_definition" {
  description = "The container definition as an object (null fields removed)."
  value       = local.container_definition
}

output "json" {
  value = jsonencode(local.container_definition)
}

output "log_group_arn" {
  value = try(aws_cloudwatch_log_group.this[0].arn, null)
}
