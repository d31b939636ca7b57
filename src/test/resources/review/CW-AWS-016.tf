resource "aws_sns_topic" "bad" { # expect: CW-AWS-016
  name = "bad"
}

resource "aws_sns_topic" "good" {
  name              = "good"
  kms_master_key_id = "alias/aws/sns"
}
