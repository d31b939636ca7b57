resource "aws_s3_bucket" "bad" { # expect: CW-AWS-286
  bucket = "bad-data"
}

resource "aws_s3_bucket" "bad_expiry_only" {
  bucket = "bad-expiry-only"
}

resource "aws_s3_bucket_lifecycle_configuration" "bad_expiry_only" { # expect: CW-AWS-286
  bucket = aws_s3_bucket.bad_expiry_only.id
  rule {
    id     = "expire"
    status = "Enabled"
    filter {}
    expiration {
      days = 365
    }
  }
}

resource "aws_s3_bucket" "good" {
  bucket = "good-data"
}

resource "aws_s3_bucket_lifecycle_configuration" "good" {
  bucket = aws_s3_bucket.good.id
  rule {
    id     = "tier"
    status = "Enabled"
    filter {}
    transition {
      days          = 0
      storage_class = "INTELLIGENT_TIERING"
    }
  }
}
