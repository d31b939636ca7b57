resource "aws_dynamodb_table" "this" {
  for_each = var.tables

  name             = "${var.prefix}-${each.key}"
  billing_mode     = each.value.billing_mode
  read_capacity    = each.value.billing_mode == "PROVISIONED" ? each.value.read_capacity : null
  write_capacity   = each.value.billing_mode == "PROVISIONED" ? each.value.write_capacity : null
  hash_key         = each.value.hash_key
  range_key        = each.value.range_key
  stream_enabled   = each.value.stream_view_type != null || length(each.value.replica_regions) > 0
  stream_view_type = length(each.value.replica_regions) > 0 ? "NEW_AND_OLD_IMAGES" : each.value.stream_view_type
  table_class      = "STANDARD"

  deletion_protection_enabled = each.value.deletion_protection

  dynamic "attribute" {
    for_each = each.value.attributes
    content {
      name = attribute.key
      type = attribute.value
    }
  }

  dynamic "global_secondary_index" {
    for_each = each.value.global_secondary_indexes
    iterator = gsi
    content {
      name               = gsi.value.name
      hash_key           = gsi.value.hash_key
      range_key          = gsi.value.range_key
      projection_type    = gsi.value.projection_type
      non_key_attributes = gsi.value.projection_type == "INCLUDE" ? gsi.value.non_key_attributes : null
      read_capacity      = each.value.billing_mode == "PROVISIONED" ? each.value.read_capacity : null
      write_capacity     = each.value.billing_mode == "PROVISIONED" ? each.value.write_capacity : null
    }
  }

  dynamic "local_secondary_index" {
    for_each = each.value.local_secondary_indexes
    content {
      name            = local_secondary_index.value.name
      range_key       = local_secondary_index.value.range_key
      projection_type = local_secondary_index.value.projection_type
    }
  }

  dynamic "ttl" {
    for_each = each.value.ttl_attribute != null ? [each.value.ttl_attribute] : []
    content {
      attribute_name = ttl.value
      enabled        = true
    }
  }

  point_in_time_recovery {
    enabled = var.point_in_time_recovery
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = var.kms_key_arn
  }

  dynamic "replica" {
    for_each = toset(each.value.replica_regions)
    content {
      region_name            = replica.value
      kms_key_arn            = lookup(var.replica_kms_key_arns, replica.value, null)
      point_in_time_recovery = var.point_in_time_recovery
      propagate_tags         = true
    }
  }

  tags = merge(var.tags, { Table = each.key })

  lifecycle {
    ignore_changes = [read_capacity, write_capacity]
  }
}
