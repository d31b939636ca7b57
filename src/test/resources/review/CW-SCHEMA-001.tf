resource "aws_s3_buckett" "bad" { # expect: CW-SCHEMA-001
  bucket = "logs"
}

resource "aws_s3_bucket" "good" {
  bucket = "logs"
}
