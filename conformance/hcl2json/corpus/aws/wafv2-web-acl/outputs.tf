output "web_acl_arn" {
  value = aws_wafv2_web_acl.this.arn
}

output "web_acl_id" {
  value = aws_wafv2_web_acl.this.id
}

output "capacity" {
  description = "WCUs consumed by the web ACL."
  value       = aws_wafv2_web_acl.this.capacity
}
