output "table_name" {
  description = "Name of the table (the same in every replica region)."
  value       = aws_dynamodb_table.this.name
}

output "table_arn" {
  description = "ARN of the table in this region."
  value       = aws_dynamodb_table.this.arn
}
