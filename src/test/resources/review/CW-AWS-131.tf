resource "aws_iam_role" "bad" {
  name               = "bad"
  assume_role_policy = "{}"
  inline_policy {
    name = "iam"
    policy = jsonencode({ # expect: CW-AWS-131
      Version = "2012-10-17"
      Statement = [
        {
          Effect   = "Allow"
          Action   = ["iam:*"]
          Resource = "*"
        }
      ]
    })
  }
}

resource "aws_iam_instance_profile" "bad" {
  name = "bad"
  role = aws_iam_role.bad.name
}

resource "aws_instance" "bad" {
  ami                  = "ami-12345678"
  instance_type        = "t4g.micro"
  iam_instance_profile = aws_iam_instance_profile.bad.name
}

resource "aws_iam_role" "good" {
  name               = "good"
  assume_role_policy = "{}"
  inline_policy {
    name = "iam-read"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        {
          Effect   = "Allow"
          Action   = ["iam:GetRole", "iam:ListRoles"]
          Resource = "*"
        }
      ]
    })
  }
}

resource "aws_iam_instance_profile" "good" {
  name = "good"
  role = aws_iam_role.good.name
}

resource "aws_instance" "good" {
  ami                  = "ami-12345678"
  instance_type        = "t4g.micro"
  iam_instance_profile = aws_iam_instance_profile.good.name
}
