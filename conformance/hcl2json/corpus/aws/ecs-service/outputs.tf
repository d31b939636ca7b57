output "service_name" {
  value = aws_ecs_service.this.name
}

output "task_definition_arn" {
  value = aws_ecs_task_definition.this.arn
}

output "task_role_arn" {
  description = "Attach application permissions to this role."
  value       = aws_iam_role.task.arn
}

output "execution_role_arn" {
  value = aws_iam_role.execution.arn
}

output "cluster_arn" {
  value = local.cluster_arn
}

output "container_definitions_json" {
  description = "Rendered container definitions, useful for debugging."
  value       = aws_ecs_task_definition.this.container_definitions
  sensitive   = true
}
