resource "aws_ecr_repository" "bad" { # expect: CW-AWS-116
  name = "bad"
}

resource "aws_ecr_repository" "bad_mutable" {
  name                 = "bad-mutable"
  image_tag_mutability = "MUTABLE" # expect: CW-AWS-116
}

resource "aws_ecr_repository" "good" {
  name                 = "good"
  image_tag_mutability = "IMMUTABLE"
}
