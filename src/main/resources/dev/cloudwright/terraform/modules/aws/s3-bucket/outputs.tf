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

output "log_delivery_bucket_id" {
  description = "Name of the bucket, once its policy and ownership controls let log delivery write: for a load balancer's access_logs (Elastic Load Balancing checks the permission when access logs are turned on)."
  value       = aws_s3_bucket.this.bucket

  depends_on = [aws_s3_bucket_policy.this, aws_s3_bucket_ownership_controls.this]
}

output "log_delivery_bucket_domain_name" {
  description = "Global domain name of the bucket (bucket.s3.amazonaws.com), once its ownership controls allow ACLs: for a CloudFront distribution's standard logging."
  value       = aws_s3_bucket.this.bucket_domain_name

  depends_on = [aws_s3_bucket_policy.this, aws_s3_bucket_ownership_controls.this]
}
