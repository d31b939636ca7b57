resource "aws_secretsmanager_secret" "bad" { # expect: CW-AWS-154
  name = "bad"
}

resource "aws_secretsmanager_secret" "bad_alias" {
  name       = "bad-alias"
  kms_key_id = "alias/aws/secretsmanager" # expect: CW-AWS-154
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "good" {
  name       = "good"
  kms_key_id = aws_kms_key.data.arn
}
