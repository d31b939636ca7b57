resource "aws_guardduty_detector" "bad" {
  enable = false # expect: CW-AWS-175
}

resource "aws_guardduty_detector" "good" {
  enable = true
}
