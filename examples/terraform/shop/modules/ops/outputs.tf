output "alerts_topic_arn" {
  description = "SNS topic that receives every alarm."
  value       = aws_sns_topic.alerts.arn
}

output "cloudtrail_arn" {
  description = "ARN of the multi-region audit trail."
  value       = aws_cloudtrail.this.arn
}

output "trail_bucket_name" {
  description = "S3 bucket holding the CloudTrail log files."
  value       = aws_s3_bucket.trail.bucket
}

output "backup_vault_arn" {
  description = "Primary-region backup vault."
  value       = aws_backup_vault.primary.arn
}

output "dr_backup_vault_arn" {
  description = "Backup vault in the disaster-recovery region."
  value       = aws_backup_vault.dr.arn
}

output "backup_plan_id" {
  description = "ID of the backup plan."
  value       = aws_backup_plan.this.id
}
