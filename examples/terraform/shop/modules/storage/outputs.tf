output "assets_bucket_name" {
  description = "Name of the assets bucket."
  value       = aws_s3_bucket.assets.bucket
}

output "assets_bucket_arn" {
  description = "ARN of the assets bucket."
  value       = aws_s3_bucket.assets.arn
}

output "assets_bucket_regional_domain_name" {
  description = "Regional domain name of the assets bucket, for the CloudFront origin."
  value       = aws_s3_bucket.assets.bucket_regional_domain_name
}

output "replica_bucket_name" {
  description = "Name of the replica bucket in the disaster-recovery region."
  value       = aws_s3_bucket.replica.bucket
}

output "replica_bucket_arn" {
  description = "ARN of the replica bucket in the disaster-recovery region."
  value       = aws_s3_bucket.replica.arn
}
