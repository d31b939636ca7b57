resource "aws_kms_key" "bad" {
  description = "bad"
  policy = jsonencode({ # expect: CW-AWS-113
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "kms:*"
        Resource  = "*"
      }
    ]
  })
}

resource "aws_kms_key" "good" {
  description = "good"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Decrypt"]
        Resource  = "*"
        Condition = { StringEquals = { "kms:CallerAccount" = "111122223333" } }
      }
    ]
  })
}

# No policy: the default key policy gives the account, not everyone, access.
resource "aws_kms_key" "good_default" {
  description = "good default"
}
