data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region
}

# ---------------------------------------------------------------------------------------------------------
# GuardDuty
# ---------------------------------------------------------------------------------------------------------

resource "aws_guardduty_detector" "this" {
  count = var.enable_guardduty ? 1 : 0

  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

locals {
  # Protection plans, configured as detector features (the datasources block of the detector is deprecated).
  # RUNTIME_MONITORING covers EKS, ECS on Fargate and EC2 and replaces EKS_RUNTIME_MONITORING (the two cannot be
  # combined); GuardDuty deploys and updates its security agent itself.
  # https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DetectorFeatureConfiguration.html
  # https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html
  guardduty_features = {
    S3_DATA_EVENTS         = []
    EKS_AUDIT_LOGS         = []
    EBS_MALWARE_PROTECTION = []
    RDS_LOGIN_EVENTS       = []
    LAMBDA_NETWORK_LOGS    = []
    RUNTIME_MONITORING     = ["EKS_ADDON_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT"]
  }
}

resource "aws_guardduty_detector_feature" "this" {
  for_each = { for feature, agents in local.guardduty_features : feature => agents if var.enable_guardduty }

  detector_id = aws_guardduty_detector.this[0].id
  name        = each.key
  status      = "ENABLED"

  dynamic "additional_configuration" {
    for_each = each.value

    content {
      name   = additional_configuration.value
      status = "ENABLED"
    }
  }
}

# ---------------------------------------------------------------------------------------------------------
# AWS Config
# ---------------------------------------------------------------------------------------------------------

# https://docs.aws.amazon.com/config/latest/developerguide/iamrole-permissions.html
data "aws_iam_policy_document" "config_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["config.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

# Delivery to the log bucket with the recorder's role. The bucket is SSE-KMS encrypted with a bucket key, so
# the role may use KMS through S3 for that bucket only (encryption context = bucket ARN), whatever the key.
data "aws_iam_policy_document" "config_delivery" {
  count = var.enable_config ? 1 : 0

  statement {
    sid       = "CheckBucket"
    effect    = "Allow"
    actions   = ["s3:GetBucketAcl", "s3:ListBucket"]
    resources = ["arn:${local.partition}:s3:::${var.config_bucket_name}"]
  }

  statement {
    sid       = "DeliverSnapshots"
    effect    = "Allow"
    actions   = ["s3:PutObject", "s3:PutObjectAcl"]
    resources = ["arn:${local.partition}:s3:::${var.config_bucket_name}/AWSLogs/${local.account_id}/*"]

    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }
  }

  statement {
    sid       = "EncryptSnapshots"
    effect    = "Allow"
    actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
    resources = ["*"]

    condition {
      test     = "StringLike"
      variable = "kms:ViaService"
      values   = ["s3.*.amazonaws.com"]
    }

    condition {
      test     = "StringLike"
      variable = "kms:EncryptionContext:aws:s3:arn"
      values = [
        "arn:${local.partition}:s3:::${var.config_bucket_name}",
        "arn:${local.partition}:s3:::${var.config_bucket_name}/*",
      ]
    }
  }
}

# IAM names are global to the account: the region keeps the recorders of several regions apart.
resource "aws_iam_role" "config" {
  count = var.enable_config ? 1 : 0

  name               = "${var.name}-config-${local.region}"
  description        = "AWS Config recorder of ${var.name} in ${local.region}."
  assume_role_policy = data.aws_iam_policy_document.config_assume.json

  tags = merge(var.tags, { Name = "${var.name}-config-${local.region}", "cloudwright:component" = var.component_id })
}

resource "aws_iam_role_policy_attachment" "config" {
  count = var.enable_config ? 1 : 0

  role       = aws_iam_role.config[0].name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AWS_ConfigRole"
}

resource "aws_iam_role_policy" "config_delivery" {
  count = var.enable_config ? 1 : 0

  name   = "deliver-to-log-bucket"
  role   = aws_iam_role.config[0].id
  policy = data.aws_iam_policy_document.config_delivery[0].json
}

resource "aws_config_configuration_recorder" "this" {
  count = var.enable_config ? 1 : 0

  name     = var.name
  role_arn = aws_iam_role.config[0].arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = var.include_global_resources
  }
}

resource "aws_config_delivery_channel" "this" {
  count = var.enable_config ? 1 : 0

  name           = var.name
  s3_bucket_name = var.config_bucket_name

  snapshot_delivery_properties {
    delivery_frequency = "TwentyFour_Hours"
  }

  depends_on = [aws_config_configuration_recorder.this, aws_iam_role_policy.config_delivery]
}

resource "aws_config_configuration_recorder_status" "this" {
  count = var.enable_config ? 1 : 0

  name       = aws_config_configuration_recorder.this[0].name
  is_enabled = true

  depends_on = [aws_config_delivery_channel.this]
}

locals {
  # AWS managed rules (rule name => source identifier) for the controls the designs rely on.
  # https://docs.aws.amazon.com/config/latest/developerguide/managed-rules-by-aws-config.html
  config_regional_rules = {
    encrypted-volumes                       = "ENCRYPTED_VOLUMES"
    rds-storage-encrypted                   = "RDS_STORAGE_ENCRYPTED"
    s3-bucket-ssl-requests-only             = "S3_BUCKET_SSL_REQUESTS_ONLY"
    s3-bucket-public-read-prohibited        = "S3_BUCKET_PUBLIC_READ_PROHIBITED"
    cloudtrail-enabled                      = "CLOUD_TRAIL_ENABLED"
    cloud-trail-log-file-validation-enabled = "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED"
    restricted-ssh                          = "INCOMING_SSH_DISABLED"
    vpc-flow-logs-enabled                   = "VPC_FLOW_LOGS_ENABLED"
    cloudwatch-log-group-encrypted          = "CLOUDWATCH_LOG_GROUP_ENCRYPTED"
  }

  # Account-level IAM checks: evaluated in the region that records global resources only.
  config_global_rules = {
    iam-root-access-key-check = "IAM_ROOT_ACCESS_KEY_CHECK"
    root-account-mfa-enabled  = "ROOT_ACCOUNT_MFA_ENABLED"
  }

  config_rules = merge(
    { for rule, source in local.config_regional_rules : rule => source if var.enable_config },
    { for rule, source in local.config_global_rules : rule => source if var.enable_config && var.include_global_resources },
  )
}

resource "aws_config_config_rule" "this" {
  for_each = local.config_rules

  name        = "${var.name}-${each.key}"
  description = "AWS managed rule ${each.key} (${each.value})."

  source {
    owner             = "AWS"
    source_identifier = each.value
  }

  tags = merge(var.tags, { Name = "${var.name}-${each.key}", "cloudwright:component" = var.component_id })

  depends_on = [aws_config_configuration_recorder.this]
}

# ---------------------------------------------------------------------------------------------------------
# Security Hub
# ---------------------------------------------------------------------------------------------------------

resource "aws_securityhub_account" "this" {
  count = var.enable_security_hub ? 1 : 0

  enable_default_standards  = false
  auto_enable_controls      = true
  control_finding_generator = "SECURITY_CONTROL"
}

locals {
  # Standard ARNs: full ARNs are kept; "ruleset/..." (CIS 1.2.0) has no region; "standards/..." is regional.
  # https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-standards-enable-disable.html
  security_hub_standard_arns = {
    for s in var.security_hub_standards : s => (
      startswith(s, "arn:") ? s :
      startswith(s, "ruleset/") ? "arn:${local.partition}:securityhub:::${s}" :
      "arn:${local.partition}:securityhub:${local.region}::${s}"
    ) if var.enable_security_hub
  }
}

resource "aws_securityhub_standards_subscription" "this" {
  for_each = local.security_hub_standard_arns

  standards_arn = each.value

  depends_on = [aws_securityhub_account.this]
}
