output "guardduty_detector_id" {
  description = "Id of the GuardDuty detector (null when enable_guardduty is false)."
  value       = one(aws_guardduty_detector.this[*].id)
}
