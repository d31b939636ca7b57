output "asg_name" {
  description = "Name of the Auto Scaling group."
  value       = aws_autoscaling_group.this.name
}

output "security_group_id" {
  description = "Security group of the instances; give it to data stores as a client security group."
  value       = aws_security_group.this.id
}

output "instance_role_arn" {
  description = "ARN of the instances' IAM role (Systems Manager access only); attach the application's policies to it."
  value       = aws_iam_role.this.arn
}
