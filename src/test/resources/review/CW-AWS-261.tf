resource "aws_s3_bucket" "bad" { # expect: CW-AWS-261
  bucket = "bad-data"
}

resource "aws_s3_bucket" "good" {
  bucket = "good-data"
}

resource "aws_s3_bucket_lifecycle_configuration" "good" {
  bucket = aws_s3_bucket.good.id
  rule {
    id     = "tidy"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
