output "distribution_id" {
  value = aws_cloudfront_distribution.this.id
}

output "distribution_arn" {
  value = aws_cloudfront_distribution.this.arn
}

output "domain_name" {
  value = aws_cloudfront_distribution.this.domain_name
}

output "hosted_zone_id" {
  description = "Always Z2FDTNDATAQYW2 for CloudFront, exposed for alias records."
  value       = aws_cloudfront_distribution.this.hosted_zone_id
}

output "behaviour_paths" {
  value = [for b in local.ordered_behaviors : b.path_pattern]
}
