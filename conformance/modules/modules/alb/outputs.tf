output "arn" {
  value = try(aws_lb.this[0].arn, null)
}

output "dns_name" {
  value = try(aws_lb.this[0].dns_name, null)
}

output "zone_id" {
  value = try(aws_lb.this[0].zone_id, null)
}

output "security_group_id" {
  value = try(module.security_group[0].security_group_id, null)
}

output "target_groups" {
  description = "Target groups by key: arn and name."
  value       = { for k, tg in aws_lb_target_group.this : k => { arn = tg.arn, name = tg.name } }
}

output "listeners" {
  value = { for k, l in aws_lb_listener.this : k => l.arn }
}
