resource "aws_sns_topic" "bad" {
  name = "bad"
  policy = jsonencode({ # expect: CW-AWS-111
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "sns:Publish"
        Resource  = "*"
      }
    ]
  })
}

resource "aws_sns_topic" "good" {
  name = "good"
}

resource "aws_sns_topic_policy" "good" {
  arn = aws_sns_topic.good.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "sns:Publish"
        Resource  = aws_sns_topic.good.arn
        Condition = { StringEquals = { "aws:SourceAccount" = "111122223333" } }
      }
    ]
  })
}
