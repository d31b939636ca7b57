resource "aws_s3_bucket" "bad" {
  bucket = "bad-site"
}

resource "aws_s3_bucket_acl" "bad" {
  bucket = aws_s3_bucket.bad.id
  acl    = "public-read" # expect: CW-AWS-103
}

resource "aws_s3_bucket" "bad_inline" {
  bucket = "bad-inline"
  acl    = "public-read-write" # expect: CW-AWS-103
}

resource "aws_s3_bucket" "good" {
  bucket = "good-data"
}

resource "aws_s3_bucket_acl" "good" {
  bucket = aws_s3_bucket.good.id
  acl    = "private"
}
