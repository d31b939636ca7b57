output "cluster_arn" {
  value = try(aws_ecs_cluster.this[0].arn, null)
}

output "cluster_name" {
  value = try(aws_ecs_cluster.this[0].name, null)
}

output "services" {
  description = "Each service's module outputs."
  value       = module.service
}
