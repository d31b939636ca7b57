resource "aws_ecr_repository" "bad" { # expect: CW-AWS-115
  name = "bad"
}

resource "aws_ecr_repository" "bad_off" {
  name = "bad-off"
  image_scanning_configuration {
    scan_on_push = false # expect: CW-AWS-115
  }
}

resource "aws_ecr_repository" "good" {
  for_each = toset(["api", "worker"])
  name     = each.key
  image_scanning_configuration {
    scan_on_push = true
  }
}
