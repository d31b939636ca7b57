resource "aws_kms_key" "bad" { # expect: CW-AWS-021
  description = "bad"
}

resource "aws_kms_key" "good" {
  description         = "good"
  enable_key_rotation = true
}
