/*
  CIS AWS Foundations benchmark style metric filters + alarms.
  Each entry: pattern and a human readable description.
*/
locals {
  security_filters = {
    unauthorized_api_calls = {
      pattern     = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }"
      description = "Unauthorized API calls"
      threshold   = 10
    }
    root_usage = {
      pattern     = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
      description = "Usage of the root account"
      threshold   = 1
    }
    console_no_mfa = {
      pattern     = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && ($.userIdentity.type = \"IAMUser\") }"
      description = "Console sign-in without MFA"
      threshold   = 1
    }
    iam_policy_changes = {
      pattern = join(" || ", [
        for ev in [
          "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy",
          "PutRolePolicy", "PutUserPolicy", "CreatePolicy", "DeletePolicy",
          "CreatePolicyVersion", "DeletePolicyVersion", "AttachRolePolicy", "DetachRolePolicy",
        ] : "($.eventName = ${ev})"
      ])
      description = "IAM policy changes"
      threshold   = 1
    }
    cloudtrail_changes = {
      pattern     = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }"
      description = "CloudTrail configuration changes"
      threshold   = 1
    }
    security_group_changes = {
      pattern     = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }"
      description = "Security group changes"
      threshold   = 1
    }
  }
}

resource "aws_cloudwatch_log_metric_filter" "security" {
  for_each = local.security_filters

  name           = "cis-${replace(each.key, "_", "-")}"
  log_group_name = aws_cloudwatch_log_group.trail.name
  # iam_policy_changes is built from a list and needs the surrounding braces
  pattern = each.key == "iam_policy_changes" ? "{ ${each.value.pattern} }" : each.value.pattern

  metric_transformation {
    name          = title(replace(each.key, "_", " "))
    namespace     = "CISBenchmark"
    value         = "1"
    default_value = "0"
    unit          = "Count"
  }
}

resource "aws_cloudwatch_metric_alarm" "security" {
  for_each = local.security_filters

  alarm_name          = "cis-${replace(each.key, "_", "-")}"
  alarm_description   = each.value.description
  namespace           = "CISBenchmark"
  metric_name         = aws_cloudwatch_log_metric_filter.security[each.key].metric_transformation[0].name
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = each.value.threshold
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.security_alarm_topic_arn]
  tags                = var.tags
}
