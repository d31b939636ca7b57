output "cloudfront_distribution_arn" {
  value = try(aws_cloudfront_distribution.this[0].arn, "")
}

output "cloudfront_distribution_domain_name" {
  value = try(aws_cloudfront_distribution.this[0].domain_name, "")
}

output "cloudfront_distribution_hosted_zone_id" {
  value = try(aws_cloudfront_distribution.this[0].hosted_zone_id, "")
}
