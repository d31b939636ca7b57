output "table_arns" {
  value = { for k, t in aws_dynamodb_table.this : k => t.arn }
}

output "table_names" {
  value = { for k, t in aws_dynamodb_table.this : k => t.name }
}

output "stream_arns" {
  value = {
    for k, t in aws_dynamodb_table.this : k => t.stream_arn
    if t.stream_enabled
  }
}

output "gsi_names" {
  value = {
    for k, t in var.tables : k => [for g in t.global_secondary_indexes : g.name]
  }
}
