output "vpc_id" {
  value = module.vpc.vpc_id
}

output "bastion_id" {
  value = module.bastion[*].id
}

output "bastion_public_ip" {
  value = length(module.bastion) > 0 ? module.bastion[0].public_ip : null
}

output "db_endpoint" {
  value     = module.db.endpoint
  sensitive = false
}

output "preview_buckets" {
  value = { for k, m in module.preview_bucket : k => m.bucket_id }
}

output "subnet_layout" {
  value = {
    private  = local.private_subnets
    public   = local.public_subnets
    database = local.database_subnets
  }
}
