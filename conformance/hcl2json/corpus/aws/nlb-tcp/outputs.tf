output "arn" {
  value = aws_lb.this.arn
}

output "dns_name" {
  value = aws_lb.this.dns_name
}

output "listener_arns" {
  value = { for k, l in aws_lb_listener.this : k => l.arn }
}

output "attachment_count" {
  value = length(local.targets)
}
