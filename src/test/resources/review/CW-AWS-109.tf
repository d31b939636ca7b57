resource "aws_ecr_repository" "bad" {
  name = "bad"
}

resource "aws_ecr_repository_policy" "bad" {
  repository = aws_ecr_repository.bad.name
  policy = jsonencode({ # expect: CW-AWS-109
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Everyone"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
      }
    ]
  })
}

resource "aws_ecr_repository" "good" {
  name = "good"
}

resource "aws_ecr_repository_policy" "good" {
  repository = aws_ecr_repository.good.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Account"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
      }
    ]
  })
}
