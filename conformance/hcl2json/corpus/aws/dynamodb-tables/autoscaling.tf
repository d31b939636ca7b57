locals {
  provisioned_tables = {
    for k, t in var.tables : k => t if t.billing_mode == "PROVISIONED"
  }

  # table × dimension combinations for autoscaling targets
  scaling_targets = {
    for pair in setproduct(keys(local.provisioned_tables), ["read", "write"]) :
    "${pair[0]}-${pair[1]}" => {
      table     = pair[0]
      dimension = pair[1]
      capacity  = pair[1] == "read" ? local.provisioned_tables[pair[0]].read_capacity : local.provisioned_tables[pair[0]].write_capacity
    }
  }
}

resource "aws_appautoscaling_target" "table" {
  for_each = local.scaling_targets

  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.this[each.value.table].name}"
  scalable_dimension = "dynamodb:table:${title(each.value.dimension)}CapacityUnits"
  min_capacity       = each.value.capacity
  max_capacity       = each.value.capacity * 10
}

resource "aws_appautoscaling_policy" "table" {
  for_each = aws_appautoscaling_target.table

  name               = "DynamoDB${title(local.scaling_targets[each.key].dimension)}Utilization:${each.value.resource_id}"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = each.value.service_namespace
  resource_id        = each.value.resource_id
  scalable_dimension = each.value.scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value = 70

    predefined_metric_specification {
      predefined_metric_type = "DynamoDB${title(local.scaling_targets[each.key].dimension)}CapacityUtilization"
    }
  }
}
