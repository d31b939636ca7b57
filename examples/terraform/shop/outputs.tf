output "site_urls" {
  description = "Public URLs of the shop."
  value       = module.edge.site_urls
}

output "cloudfront_distribution_id" {
  description = "CloudFront distribution in front of the shop (for cache invalidations)."
  value       = module.edge.distribution_id
}

output "cloudfront_domain_name" {
  description = "cloudfront.net name of the distribution."
  value       = module.edge.distribution_domain_name
}

output "load_balancer_dns_names" {
  description = "DNS names of the service load balancers, by service."
  value       = { for name, app in module.app : name => app.alb_dns_name }
}

output "ecs_clusters" {
  description = "ECS cluster of each service."
  value       = { for name, app in module.app : name => app.cluster_name }
}

output "vpc_id" {
  description = "ID of the shop VPC."
  value       = module.network.vpc_id
}

output "nat_public_ips" {
  description = "Egress IPs of the NAT gateways, for payment-provider allow-lists."
  value       = module.network.nat_public_ips
}

output "aurora_writer_endpoint" {
  description = "Writer endpoint of the Aurora PostgreSQL cluster."
  value       = module.data.aurora_endpoint
}

output "db_master_secret_arn" {
  description = "Secrets Manager secret with the Aurora master credentials (managed by RDS)."
  value       = module.data.db_master_secret_arn
}

output "cache_endpoint" {
  description = "Primary endpoint of the Valkey replication group."
  value       = module.data.cache_primary_endpoint
}

output "cart_table_name" {
  description = "DynamoDB table holding shopping carts."
  value       = module.data.cart_table_name
}

output "assets_bucket" {
  description = "S3 bucket of static assets (primary region)."
  value       = module.storage.assets_bucket_name
}

output "assets_replica_bucket" {
  description = "Replica of the assets bucket in the disaster-recovery region."
  value       = module.storage.replica_bucket_name
}

output "alerts_topic_arn" {
  description = "SNS topic that receives the CloudWatch alarms."
  value       = module.ops.alerts_topic_arn
}

output "dr_backup_vault_arn" {
  description = "AWS Backup vault in the disaster-recovery region holding copies of Aurora and DynamoDB."
  value       = module.ops.dr_backup_vault_arn
}
