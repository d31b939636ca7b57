output "autoscaling_group_name" {
  value = try(aws_autoscaling_group.this[0].name, "")
}

output "autoscaling_group_arn" {
  value = try(aws_autoscaling_group.this[0].arn, "")
}

output "launch_template_id" {
  value = try(aws_launch_template.this[0].id, null)
}
