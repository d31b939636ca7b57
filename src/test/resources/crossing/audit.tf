resource "aws_s3_bucket" "trail" { bucket = "trail" }
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
resource "aws_guardduty_detector" "main" { enable = true }
resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/config"
}
resource "aws_securityhub_account" "main" {}
