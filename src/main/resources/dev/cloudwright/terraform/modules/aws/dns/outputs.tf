output "fqdn" {
  description = "Fully qualified name of the record(s)."
  value       = concat([for r in aws_route53_record.cdn : r.fqdn], [for r in aws_route53_record.endpoint : r.fqdn], [for r in aws_route53_record.simple : r.fqdn])[0]
}

output "health_check_ids" {
  description = "IDs of the Route 53 health checks keyed by endpoint region (empty for alias and simple routing)."
  value       = { for region, hc in aws_route53_health_check.endpoint : region => hc.id }
}
