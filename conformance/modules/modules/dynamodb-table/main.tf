locals {
  create = var.create_table

  provisioned = var.billing_mode == "PROVISIONED"

  # Autoscaling of the table and of each index, read and write, keyed "table-read", "<index>-write"...
  autoscaled = local.create && local.provisioned && var.autoscaling_enabled
  scaling_targets = merge(
    {
      "table-read"  = { resource_id = "table/${var.name}", dimension = "dynamodb:table:ReadCapacityUnits", min = var.read_capacity, max = var.autoscaling_read.max_capacity, metric = "DynamoDBReadCapacityUtilization", target = var.autoscaling_read.target_value }
      "table-write" = { resource_id = "table/${var.name}", dimension = "dynamodb:table:WriteCapacityUnits", min = var.write_capacity, max = var.autoscaling_write.max_capacity, metric = "DynamoDBWriteCapacityUtilization", target = var.autoscaling_write.target_value }
    },
    merge([
      for i in var.global_secondary_indexes : {
        "${i.name}-read"  = { resource_id = "table/${var.name}/index/${i.name}", dimension = "dynamodb:index:ReadCapacityUnits", min = coalesce(i.read_capacity, var.read_capacity), max = var.autoscaling_read.max_capacity, metric = "DynamoDBReadCapacityUtilization", target = var.autoscaling_read.target_value }
        "${i.name}-write" = { resource_id = "table/${var.name}/index/${i.name}", dimension = "dynamodb:index:WriteCapacityUnits", min = coalesce(i.write_capacity, var.write_capacity), max = var.autoscaling_write.max_capacity, metric = "DynamoDBWriteCapacityUtilization", target = var.autoscaling_write.target_value }
      }
    ]...),
  )
}

resource "aws_dynamodb_table" "this" {
  count = local.create ? 1 : 0

  region = var.region

  name         = var.name
  billing_mode = var.billing_mode
  hash_key     = var.hash_key
  range_key    = var.range_key
  table_class  = var.table_class

  read_capacity  = local.provisioned ? var.read_capacity : null
  write_capacity = local.provisioned ? var.write_capacity : null

  stream_enabled   = var.stream_enabled
  stream_view_type = var.stream_enabled ? var.stream_view_type : null

  deletion_protection_enabled = var.deletion_protection_enabled

  dynamic "attribute" {
    for_each = var.attributes
    content {
      name = attribute.value.name
      type = attribute.value.type
    }
  }

  dynamic "global_secondary_index" {
    for_each = var.global_secondary_indexes
    content {
      name               = global_secondary_index.value.name
      hash_key           = global_secondary_index.value.hash_key
      range_key          = global_secondary_index.value.range_key
      projection_type    = global_secondary_index.value.projection_type
      non_key_attributes = global_secondary_index.value.non_key_attributes
      read_capacity      = local.provisioned ? coalesce(global_secondary_index.value.read_capacity, var.read_capacity) : null
      write_capacity     = local.provisioned ? coalesce(global_secondary_index.value.write_capacity, var.write_capacity) : null
    }
  }

  dynamic "replica" {
    for_each = var.replica_regions
    content {
      region_name            = replica.value.region_name
      kms_key_arn            = replica.value.kms_key_arn
      propagate_tags         = replica.value.propagate_tags
      point_in_time_recovery = replica.value.point_in_time_recovery
    }
  }

  dynamic "ttl" {
    for_each = var.ttl_attribute_name == null ? [] : [var.ttl_attribute_name]
    content {
      enabled        = true
      attribute_name = ttl.value
    }
  }

  point_in_time_recovery {
    enabled = var.point_in_time_recovery_enabled
  }

  server_side_encryption {
    enabled     = var.server_side_encryption_enabled
    kms_key_arn = var.server_side_encryption_kms_key_arn
  }

  tags = merge(var.tags, { Name = var.name })

  lifecycle {
    ignore_changes = [read_capacity, write_capacity]
  }
}

resource "aws_appautoscaling_target" "this" {
  for_each = local.autoscaled ? local.scaling_targets : {}

  region = var.region

  service_namespace  = "dynamodb"
  resource_id        = each.value.resource_id
  scalable_dimension = each.value.dimension
  min_capacity       = each.value.min
  max_capacity       = each.value.max

  depends_on = [aws_dynamodb_table.this]
}

resource "aws_appautoscaling_policy" "this" {
  for_each = aws_appautoscaling_target.this

  region = var.region

  name               = "${local.scaling_targets[each.key].metric}:${each.value.resource_id}"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = each.value.service_namespace
  resource_id        = each.value.resource_id
  scalable_dimension = each.value.scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value = local.scaling_targets[each.key].target

    predefined_metric_specification {
      predefined_metric_type = local.scaling_targets[each.key].metric
    }
  }
}
