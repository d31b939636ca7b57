resource "aws_iam_role" "bad" {
  name               = "bad"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy" "bad" {
  role = aws_iam_role.bad.id
  policy = jsonencode({ # expect: CW-AWS-134
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["dynamodb:*"]
        Resource = "*"
      }
    ]
  })
}

resource "aws_lambda_function" "bad" {
  function_name = "bad"
  role          = aws_iam_role.bad.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_iam_role" "good" {
  name               = "good"
  assume_role_policy = "{}"
}

# A whole service, but on one table.
resource "aws_iam_role_policy" "good" {
  role = aws_iam_role.good.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["dynamodb:*"]
        Resource = aws_dynamodb_table.orders.arn
      }
    ]
  })
}

resource "aws_lambda_function" "good" {
  function_name = "good"
  role          = aws_iam_role.good.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}
