resource "aws_s3_bucket" "bad" { # expect: CW-AWS-025
  bucket = "bad-data"
}

resource "aws_s3_bucket" "good" {
  bucket = "good-data"
}

resource "aws_s3_bucket_logging" "good" {
  bucket        = aws_s3_bucket.good.id
  target_bucket = "access-logs"
  target_prefix = "s3/"
}
