data "aws_region" "current" {}

# The secret only: no aws_secretsmanager_secret_version, so the value never passes through Terraform.
resource "aws_secretsmanager_secret" "this" {
  name                    = var.secret_name
  description             = var.description
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_days

  force_overwrite_replica_secret = false

  dynamic "replica" {
    for_each = var.replicas
    content {
      region     = replica.value.region
      kms_key_id = replica.value.kms_key_arn
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  lifecycle {
    precondition {
      condition     = !contains([for r in var.replicas : r.region], data.aws_region.current.region)
      error_message = "replicas must not include the secret's own region."
    }
  }
}
