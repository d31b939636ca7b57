resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_plan" "bad" {
  name = "bad"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"
    lifecycle {
      delete_after = 3 # expect: CW-AWS-238
    }
  }
}

variable "retention_days" {
  type    = number
  default = 35
}

resource "aws_backup_plan" "good" {
  name = "good"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"
    lifecycle {
      delete_after = var.retention_days
    }
  }
}
