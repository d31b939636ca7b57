output "distribution_id" {
  description = "ID of the CloudFront distribution (for cache invalidations)."
  value       = aws_cloudfront_distribution.this.id
}

output "distribution_arn" {
  description = "ARN of the CloudFront distribution."
  value       = aws_cloudfront_distribution.this.arn
}

output "distribution_domain_name" {
  description = "cloudfront.net domain name of the distribution."
  value       = aws_cloudfront_distribution.this.domain_name
}

output "web_acl_arn" {
  description = "ARN of the WAF web ACL attached to the distribution."
  value       = aws_wafv2_web_acl.cloudfront.arn
}

output "site_urls" {
  description = "Public URLs of the shop."
  value       = [for host in var.aliases : "https://${host}"]
}
