resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_plan" "bad" { # expect: CW-SCHEMA-005
  name = "daily"
}

resource "aws_backup_plan" "good" {
  name = "daily"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"
  }
}
