output "state_machine_arn" {
  value = aws_sfn_state_machine.this.arn
}

output "definition" {
  description = "Rendered ASL definition"
  value       = local.definition
}

output "event_rule_arns" {
  value = [for r in aws_cloudwatch_event_rule.pattern : r.arn]
}
