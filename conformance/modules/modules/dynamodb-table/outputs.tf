output "dynamodb_table_arn" {
  value = try(aws_dynamodb_table.this[0].arn, "")
}

output "dynamodb_table_id" {
  value = try(aws_dynamodb_table.this[0].id, "")
}

output "dynamodb_table_stream_arn" {
  value = var.stream_enabled ? try(aws_dynamodb_table.this[0].stream_arn, "") : null
}
