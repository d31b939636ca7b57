resource "aws_efs_file_system" "bad" { # expect: CW-AWS-246
  encrypted = true
}

resource "aws_efs_file_system" "bad_disabled" {
  encrypted = true
}

resource "aws_efs_backup_policy" "bad_disabled" {
  file_system_id = aws_efs_file_system.bad_disabled.id
  backup_policy {
    status = "DISABLED" # expect: CW-AWS-246
  }
}

resource "aws_efs_file_system" "good" {
  encrypted = true
}

resource "aws_efs_backup_policy" "good" {
  file_system_id = aws_efs_file_system.good.id
  backup_policy {
    status = "ENABLED"
  }
}

resource "aws_efs_file_system" "good_one_zone" {
  encrypted              = true
  availability_zone_name = "us-east-1a"
}
