resource "aws_iam_role" "bad" {
  name               = "bad"
  assume_role_policy = "{}"
}

data "aws_iam_policy_document" "bad" {
  statement { # expect: CW-AWS-132
    actions   = ["iam:PassRole", "ecs:RunTask"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "bad" {
  role   = aws_iam_role.bad.id
  policy = data.aws_iam_policy_document.bad.json
}

resource "aws_sfn_state_machine" "bad" {
  name       = "bad"
  role_arn   = aws_iam_role.bad.arn
  definition = "{}"
}

resource "aws_iam_role" "task" {
  name               = "task"
  assume_role_policy = "{}"
}

resource "aws_iam_role" "good" {
  name               = "good"
  assume_role_policy = "{}"
}

data "aws_iam_policy_document" "good" {
  statement {
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.task.arn]
  }
  statement {
    actions   = ["ecs:RunTask"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "good" {
  role   = aws_iam_role.good.id
  policy = data.aws_iam_policy_document.good.json
}

resource "aws_sfn_state_machine" "good" {
  name       = "good"
  role_arn   = aws_iam_role.good.arn
  definition = "{}"
}
