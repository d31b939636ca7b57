data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

data "aws_route53_zone" "root" {
  provider     = aws.dns
  name         = var.domain
  private_zone = false
}

data "aws_ec2_managed_prefix_list" "cloudfront" {
  name = "com.amazonaws.global.cloudfront.origin-facing"
}

data "aws_ssm_parameter" "app_config" {
  name = "/${local.name}/config"
}

locals {
  # The SSM parameter contains a JSON document with extra settings.
  app_config = jsondecode(nonsensitive(data.aws_ssm_parameter.app_config.value))
}
