output "vpc_ids" {
  description = "VPC IDs by purpose."
  value       = { for k, m in module.vpc : k => m.vpc_id }
}

output "alb_dns_name" {
  value = module.alb.lb_dns_name
}

output "service_task_roles" {
  value = { for k, m in module.service : k => m.task_role_arn }
}

output "eks_endpoint" {
  value = one(module.eks[*].cluster_endpoint)
}

output "waf_capacity" {
  value = try(module.waf[0].capacity, 0)
}

output "deployment" {
  value = {
    id      = local.deployment_id
    account = data.aws_caller_identity.current.account_id
    region  = data.aws_region.current.name
    suffix  = random_id.suffix.hex
  }
}

output "external_id" {
  value     = var.external_id
  sensitive = true
}

output "dns_delegation" {
  value = aws_route53_record.delegation.fqdn

  depends_on = [
    module.dns,
  ]
}

output "app_vpc_reserved_ips" {
  value = local.app_vpc_reserved_ips
}
