data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

data "aws_iam_openid_connect_provider" "github" {
  url = "https://token.actions.githubusercontent.com"
}

data "aws_iam_policy_document" "github_assume" {
  statement {
    sid     = "GitHubActions"
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"]

    principals {
      type        = "Federated"
      identifiers = [data.aws_iam_openid_connect_provider.github.arn]
    }

    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values = flatten([
        for repo, refs in var.github_repos : [
          for ref in refs : "repo:${var.github_org}/${repo}:${startswith(ref, "environment:") ? ref : "ref:${ref}"}"
        ]
      ])
    }
  }
}

data "aws_iam_policy_document" "terraform_state" {
  statement {
    sid       = "ListStateBucket"
    actions   = ["s3:ListBucket"]
    resources = ["arn:${data.aws_partition.current.partition}:s3:::${var.terraform_state_bucket}"]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["env:/*", "terraform/*"]
    }
  }

  statement {
    sid = "ReadWriteState"
    actions = [
      "s3:GetObject",
      "s3:PutObject",
      "s3:DeleteObject",
    ]
    resources = [
      "arn:${data.aws_partition.current.partition}:s3:::${var.terraform_state_bucket}/terraform/*",
      "arn:${data.aws_partition.current.partition}:s3:::${var.terraform_state_bucket}/env:/*",
    ]
  }

  statement {
    sid       = "StateLocking"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable"]
    resources = ["arn:${data.aws_partition.current.partition}:dynamodb:*:${data.aws_caller_identity.current.account_id}:table/${var.terraform_lock_table}"]
  }

  statement {
    sid           = "DenyEverythingElseOnStateBucket"
    effect        = "Deny"
    not_actions   = ["s3:ListBucket", "s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources     = ["arn:${data.aws_partition.current.partition}:s3:::${var.terraform_state_bucket}/*"]
  }
}

data "aws_iam_policy_document" "deny_dangerous" {
  statement {
    sid    = "DenyLeavingOrganization"
    effect = "Deny"
    actions = [
      "organizations:LeaveOrganization",
      "account:CloseAccount",
    ]
    resources = ["*"]
  }

  statement {
    sid     = "DenyIamUserCreation"
    effect  = "Deny"
    actions = ["iam:CreateUser", "iam:CreateAccessKey", "iam:CreateLoginProfile"]
    not_resources = [
      for u in var.break_glass_users : "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:user/${u}"
    ]
  }

  statement {
    sid       = "RequireMfaForBreakGlass"
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]

    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }

    condition {
      test     = "StringLike"
      variable = "aws:PrincipalArn"
      values   = ["arn:${data.aws_partition.current.partition}:iam::*:user/breakglass-*"]
    }
  }
}

data "aws_iam_policy_document" "combined" {
  source_policy_documents   = [data.aws_iam_policy_document.terraform_state.json]
  override_policy_documents = [data.aws_iam_policy_document.deny_dangerous.json]
}
