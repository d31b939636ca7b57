locals {
  service_roles = {
    "step-functions" = {
      service = "states.amazonaws.com"
      managed = []
      inline_json = jsonencode({
        Version = "2012-10-17"
        Statement = [
          {
            Effect   = "Allow"
            Action   = ["lambda:InvokeFunction"]
            Resource = "arn:aws:lambda:*:${data.aws_caller_identity.current.account_id}:function:workflow-*"
          },
          {
            Effect = "Allow"
            Action = [
              "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
              "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
              "logs:DescribeResourcePolicies", "logs:DescribeLogGroups",
            ]
            Resource = "*"
          },
        ]
      })
    }
    "eventbridge-scheduler" = {
      service     = "scheduler.amazonaws.com"
      managed     = []
      inline_json = null
    }
    "glue-crawler" = {
      service     = "glue.amazonaws.com"
      managed     = ["arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole"]
      inline_json = null
    }
  }

  service_role_attachments = {
    for item in flatten([
      for role, cfg in local.service_roles : [
        for arn in cfg.managed : { id = "${role}=${basename(arn)}", role = role, arn = arn }
      ]
    ]) : item.id => item
  }
}

resource "aws_iam_role" "service" {
  for_each = local.service_roles

  name = "svc-${each.key}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = each.value.service }
      Condition = {
        StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id }
      }
    }]
  })

  dynamic "inline_policy" {
    for_each = each.value.inline_json != null ? [each.value.inline_json] : []
    content {
      name   = "inline"
      policy = inline_policy.value
    }
  }

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "service" {
  for_each   = local.service_role_attachments
  role       = aws_iam_role.service[each.value.role].name
  policy_arn = each.value.arn
}
