resource "aws_s3_bucket" "bad" { # expect: CW-AWS-034
  bucket = "bad-data"
}

resource "aws_s3_bucket" "good" {
  bucket = "good-data"
}

resource "aws_s3_bucket_versioning" "good" {
  bucket = aws_s3_bucket.good.id
  versioning_configuration {
    status = "Enabled"
  }
}
