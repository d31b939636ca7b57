resource "aws_secretsmanager_secret" "bad" {
  name = "bad"
}

resource "aws_secretsmanager_secret_version" "bad" {
  secret_id     = aws_secretsmanager_secret.bad.id
  secret_string = "correct-horse-battery" # expect: CW-AWS-143
}

# The value is set by whoever owns it, outside Terraform.
resource "aws_secretsmanager_secret" "good" {
  name = "good"
}
