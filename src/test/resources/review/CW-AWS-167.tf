resource "aws_cloudtrail" "bad" { # expect: CW-AWS-167
  name           = "bad"
  s3_bucket_name = "trail-logs"
}

resource "aws_cloudtrail" "good" {
  name                  = "good"
  s3_bucket_name        = "trail-logs"
  is_multi_region_trail = true
}
