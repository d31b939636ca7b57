resource "aws_iam_role" "github_deploy" {
  name                 = "github-actions-deploy"
  description          = "Assumed by GitHub Actions in ${var.github_org}"
  assume_role_policy   = data.aws_iam_policy_document.github_assume.json
  max_session_duration = var.max_session_hours * 3600
  permissions_boundary = var.permissions_boundary_arn
  path                 = "/ci/"

  tags = merge(var.tags, {
    Repos = join(",", sort(keys(var.github_repos)))
  })
}

resource "aws_iam_role_policy" "github_state" {
  name   = "terraform-state"
  role   = aws_iam_role.github_deploy.id
  policy = data.aws_iam_policy_document.combined.json
}

resource "aws_iam_role_policy_attachment" "github_poweruser" {
  role       = aws_iam_role.github_deploy.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_role" "readonly" {
  count = length(var.readonly_principals) > 0 ? 1 : 0
  name  = "cross-account-readonly"

  # Classic heredoc (non-indented) JSON
  assume_role_policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "CrossAccountReadOnly",
      "Effect": "Allow",
      "Principal": {
        "AWS": ${jsonencode(var.readonly_principals)}
      },
      "Action": "sts:AssumeRole",
      "Condition": {
        "Bool": { "aws:MultiFactorAuthPresent": "true" },
        "NumericLessThan": { "aws:MultiFactorAuthAge": "3600" }
      }
    }
  ]
}
EOF

  managed_policy_arns = [
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
  ]

  tags = var.tags
}

resource "aws_iam_policy" "deny_dangerous" {
  name        = "deny-dangerous-actions"
  path        = "/guardrails/"
  description = "Guardrail policy attached to all human roles"
  policy      = data.aws_iam_policy_document.deny_dangerous.json
}

resource "aws_iam_role_policy_attachment" "readonly_guardrail" {
  count      = length(aws_iam_role.readonly)
  role       = aws_iam_role.readonly[count.index].name
  policy_arn = aws_iam_policy.deny_dangerous.arn
}
