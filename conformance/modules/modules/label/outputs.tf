output "id" {
  description = "The labels joined by the delimiter, \"\" when disabled."
  value       = local.id
}

output "enabled" {
  value = local.enabled
}

output "name" {
  value = local.labels.name
}

output "tags" {
  description = "Label tags merged with the given tags."
  value       = local.tags
}

output "context" {
  description = "The merged inputs, for a child label module's context."
  value       = local.merged
}
