resource "aws_cloudtrail" "bad" { # expect: CW-AWS-155
  name           = "bad"
  s3_bucket_name = "trail-logs"
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "good" {
  name           = "good"
  s3_bucket_name = "trail-logs"
  kms_key_id     = aws_kms_key.data.arn
}
