locals {
  has_range_key = var.range_key != null && var.range_key != ""
  provisioned   = var.billing_mode == "PROVISIONED"
  is_global     = length(var.replicas) > 0
}

data "aws_region" "current" {}

resource "aws_dynamodb_table" "this" {
  name         = var.name
  billing_mode = var.billing_mode
  hash_key     = var.hash_key
  range_key    = local.has_range_key ? var.range_key : null

  read_capacity  = local.provisioned ? var.read_capacity : null
  write_capacity = local.provisioned ? var.write_capacity : null

  attribute {
    name = var.hash_key
    type = "S"
  }

  dynamic "attribute" {
    for_each = local.has_range_key ? [var.range_key] : []
    content {
      name = attribute.value
      type = "S"
    }
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = var.kms_key_arn
  }

  point_in_time_recovery {
    enabled = true
  }

  deletion_protection_enabled = true

  dynamic "ttl" {
    for_each = var.ttl_attribute != "" ? [var.ttl_attribute] : []
    content {
      attribute_name = ttl.value
      enabled        = true
    }
  }

  # Global tables (version 2019.11.21) replicate through the table's stream.
  stream_enabled   = local.is_global ? true : null
  stream_view_type = local.is_global ? "NEW_AND_OLD_IMAGES" : null

  dynamic "replica" {
    for_each = var.replicas
    content {
      region_name                 = replica.value.region
      kms_key_arn                 = replica.value.kms_key_arn
      point_in_time_recovery      = true
      deletion_protection_enabled = true
      propagate_tags              = true
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  lifecycle {
    precondition {
      condition     = !local.provisioned || (var.read_capacity > 0 && var.write_capacity > 0)
      error_message = "billing_mode = PROVISIONED needs read_capacity and write_capacity of at least 1."
    }

    precondition {
      condition     = !contains([for r in var.replicas : r.region], data.aws_region.current.region)
      error_message = "replicas must not include the table's own region."
    }
  }
}
