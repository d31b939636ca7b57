resource "aws_s3_bucket" "bad" {
  bucket = "bad-data"
}

resource "aws_s3_bucket_policy" "bad" {
  bucket = aws_s3_bucket.bad.id
  policy = data.aws_iam_policy_document.bad.json
}

data "aws_iam_policy_document" "bad" {
  statement { # expect: CW-AWS-104
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.bad.arn}/*"]
  }
}

resource "aws_s3_bucket" "good" {
  bucket = "good-data"
}

# Any principal, but only from the organisation: a condition makes it not anonymous.
resource "aws_s3_bucket_policy" "good" {
  bucket = aws_s3_bucket.good.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.good.arn}/*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
    }]
  })
}
