resource "aws_secretsmanager_secret" "bad" { # expect: CW-AWS-022
  name = "bad"
}

resource "aws_secretsmanager_secret" "good" {
  name = "good"
}

resource "aws_secretsmanager_secret_rotation" "good" {
  secret_id           = aws_secretsmanager_secret.good.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}
