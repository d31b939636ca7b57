resource "aws_iam_role" "bad" {
  name               = "bad"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
}

data "aws_iam_policy_document" "lambda_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "bad" {
  role = aws_iam_role.bad.id
  policy = jsonencode({ # expect: CW-AWS-130
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "*"
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

resource "aws_iam_role" "bad_admin" {
  name               = "bad-admin"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
}

resource "aws_iam_role_policy_attachment" "bad_admin" {
  role       = aws_iam_role.bad_admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: CW-AWS-130
}

resource "aws_lambda_function" "bad_admin" {
  function_name = "bad-admin"
  role          = aws_iam_role.bad_admin.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_iam_role" "good" {
  name               = "good"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
}

resource "aws_iam_policy" "good" {
  name   = "good"
  policy = data.aws_iam_policy_document.good.json
}

data "aws_iam_policy_document" "good" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
  }
  # Denying everything is not allowing it.
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_iam_role_policy_attachment" "good" {
  role       = aws_iam_role.good.name
  policy_arn = aws_iam_policy.good.arn
}

resource "aws_lambda_function" "good" {
  function_name = "good"
  role          = aws_iam_role.good.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}
