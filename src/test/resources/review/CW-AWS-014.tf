resource "aws_efs_file_system" "bad" { # expect: CW-AWS-014
  creation_token = "bad"
}

resource "aws_efs_file_system" "good" {
  creation_token = "good"
  encrypted      = true
}
