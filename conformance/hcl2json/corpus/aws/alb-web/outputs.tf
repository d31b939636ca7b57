output "lb_arn" {
  value = aws_lb.this.arn
}

output "lb_dns_name" {
  description = "DNS name of the load balancer"
  value       = aws_lb.this.dns_name
}

output "lb_zone_id" {
  value = aws_lb.this.zone_id
}

output "https_listener_arn" {
  value = aws_lb_listener.https.arn
}

output "target_group_arns" {
  value = { for k, tg in aws_lb_target_group.this : k => tg.arn }
}

output "security_group_id" {
  value = aws_security_group.alb.id
}

output "certificate_arn" {
  value      = aws_acm_certificate.this.arn
  depends_on = [aws_acm_certificate_validation.this]
}
