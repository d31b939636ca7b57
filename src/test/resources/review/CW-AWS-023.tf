resource "aws_cloudtrail" "bad" { # expect: CW-AWS-023
  name           = "bad"
  s3_bucket_name = "trail-logs"
}

resource "aws_cloudtrail" "good" {
  name                       = "good"
  s3_bucket_name             = "trail-logs"
  enable_log_file_validation = true
}
