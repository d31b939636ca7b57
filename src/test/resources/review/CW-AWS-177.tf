resource "aws_ecr_repository" "bad" { # expect: CW-AWS-177
  name = "bad"
}

resource "aws_ecr_repository" "good" {
  for_each             = toset(["api", "worker"])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"
}
