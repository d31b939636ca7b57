output "cluster_arn" {
  description = "ARN of the ECS cluster the task runs in."
  value       = aws_ecs_cluster.this.arn
}

output "task_definition_arn" {
  description = "ARN (with revision) of the task definition the schedule runs."
  value       = aws_ecs_task_definition.this.arn
}

output "security_group_id" {
  description = "Security group of the tasks; give it to data stores as a client security group."
  value       = aws_security_group.this.id
}
