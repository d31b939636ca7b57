output "bucket_id" {
  value = aws_s3_bucket.this.id
}

output "bucket_arn" {
  value = aws_s3_bucket.this.arn
}

output "bucket_regional_domain_name" {
  value = aws_s3_bucket.this.bucket_regional_domain_name
}

output "policy_json" {
  description = "Rendered bucket policy."
  value       = data.aws_iam_policy_document.bucket.json
}

output "replication_role_arn" {
  value = local.replication_enabled ? aws_iam_role.replication[0].arn : null
}
