output "alb_dns_name" {
  value = module.alb.dns_name
}

output "services" {
  value = { for k, s in module.ecs.services : k => s.name }
}
