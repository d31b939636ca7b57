resource "aws_ecr_repository" "bad" { # expect: CW-AWS-176
  name = "bad"
}

resource "aws_ecr_repository" "bad_off" {
  name = "bad-off"
  image_scanning_configuration {
    scan_on_push = false # expect: CW-AWS-176
  }
}

resource "aws_ecr_repository" "good" {
  name = "good"
  image_scanning_configuration {
    scan_on_push = true
  }
}
