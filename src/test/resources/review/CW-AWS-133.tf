resource "aws_iam_role" "bad" {
  name               = "bad"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy" "bad" {
  role = aws_iam_role.bad.id
  policy = jsonencode({ # expect: CW-AWS-133
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["iam:CreatePolicyVersion", "iam:Attach*"]
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

resource "aws_iam_role" "managed" {
  name               = "managed"
  assume_role_policy = "{}"
}

resource "aws_iam_role" "good" {
  name               = "good"
  assume_role_policy = "{}"
}

# On one role it manages, not on every resource.
resource "aws_iam_role_policy" "good" {
  role = aws_iam_role.good.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["iam:PutRolePolicy"]
        Resource = aws_iam_role.managed.arn
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
