output "id" {
  value = try(aws_ecs_service.this[0].id, null)
}

output "name" {
  value = try(aws_ecs_service.this[0].name, null)
}

output "task_definition_arn" {
  value = try(aws_ecs_task_definition.this[0].arn, null)
}

output "security_group_id" {
  value = try(module.security_group[0].security_group_id, null)
}

output "task_exec_iam_role_arn" {
  value = try(aws_iam_role.task_exec[0].arn, var.task_exec_iam_role_arn)
}

output "container_definitions" {
  value = { for k, c in module.container_definition : k => c.container_definition }
}
