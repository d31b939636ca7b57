output "asg_name" {
  value = aws_autoscaling_group.this.name
}

output "launch_template_id" {
  value = aws_launch_template.this.id
}

output "launch_template_latest_version" {
  value = aws_launch_template.this.latest_version
}

output "instance_role_arn" {
  value = aws_iam_role.instance.arn
}

output "ami_id" {
  value = local.ami_id
}
