resource "aws_s3_bucket" "bad" {
  bucket = "bad-data"
}

resource "aws_s3_bucket_public_access_block" "bad" { # expect: CW-AWS-001
  bucket                  = aws_s3_bucket.bad.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}

# New buckets block public access unless told otherwise.
resource "aws_s3_bucket" "good" {
  bucket = "good-data"
}
