output "zone_id" {
  value = aws_route53_zone.this.zone_id
}

output "name_servers" {
  value = aws_route53_zone.this.name_servers
}

output "record_fqdns" {
  value = merge(
    { for k, r in aws_route53_record.simple : k => r.fqdn },
    { for k, r in aws_route53_record.alias : k => r.fqdn },
  )
}

output "health_check_ids" {
  value = { for k, hc in aws_route53_health_check.failover : k => hc.id }
}
