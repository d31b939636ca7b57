resource "aws_cloudtrail" "bad" {
  name           = "bad"
  s3_bucket_name = "trail-logs"
  enable_logging = false # expect: CW-AWS-168
}

# Not set: a trail logs from the moment it is created.
resource "aws_cloudtrail" "good" {
  name           = "good"
  s3_bucket_name = "trail-logs"
}
