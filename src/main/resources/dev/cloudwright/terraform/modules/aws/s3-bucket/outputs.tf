output "bucket_id" {
  description = "Name of the bucket (the configured name, so it is known at plan time)."
  value       = aws_s3_bucket.this.bucket
}

output "bucket_arn" {
  description = "ARN of the bucket."
  value       = aws_s3_bucket.this.arn
}

output "bucket_regional_domain_name" {
  description = "Regional domain name of the bucket (origin domain for CloudFront with origin access control)."
  value       = aws_s3_bucket.this.bucket_regional_domain_name
}
