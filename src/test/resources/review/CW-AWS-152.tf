# SSE-S3 by default: a key S3 manages.
resource "aws_s3_bucket" "bad" { # expect: CW-AWS-152
  bucket = "bad-data"
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "good" {
  bucket = "good-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "good" {
  bucket = aws_s3_bucket.good.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}
