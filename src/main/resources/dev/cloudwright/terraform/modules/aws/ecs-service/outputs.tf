output "cluster_name" {
  description = "Name of the ECS cluster."
  value       = aws_ecs_cluster.this.name
}

output "cluster_arn" {
  description = "ARN of the ECS cluster."
  value       = aws_ecs_cluster.this.arn
}

output "service_name" {
  description = "Name of the ECS service."
  value       = aws_ecs_service.this.name
}

output "security_group_id" {
  description = "Security group of the tasks; give it to data stores as a client security group."
  value       = aws_security_group.this.id
}

output "task_role_arn" {
  description = "ARN of the task role (the application's identity, without permissions); attach the application's policies to it."
  value       = aws_iam_role.task.arn
}

output "log_group_name" {
  description = "CloudWatch Logs group of the container logs."
  value       = aws_cloudwatch_log_group.this.name
}
