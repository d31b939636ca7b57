resource "aws_dynamodb_table" "bad" {
  name         = "bad"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_plan" "short" { # expect: CW-AWS-249
  name = "short"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"
    lifecycle {
      delete_after = 3
    }
  }
}

resource "aws_backup_selection" "short" {
  name         = "short"
  iam_role_arn = "arn:aws:iam::123456789012:role/backup"
  plan_id      = aws_backup_plan.short.id
  resources    = [aws_dynamodb_table.bad.arn]
}

resource "aws_dynamodb_table" "good" {
  name         = "good"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_backup_plan" "month" {
  name = "month"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"
    lifecycle {
      delete_after = 35
    }
  }
}

resource "aws_backup_selection" "month" {
  name         = "month"
  iam_role_arn = "arn:aws:iam::123456789012:role/backup"
  plan_id      = aws_backup_plan.month.id
  resources    = [aws_dynamodb_table.good.arn]
}

resource "aws_db_instance" "good_checked_by_030" {
  identifier              = "good"
  engine                  = "postgres"
  instance_class          = "db.m7g.large"
  allocated_storage       = 100
  backup_retention_period = 1
}
