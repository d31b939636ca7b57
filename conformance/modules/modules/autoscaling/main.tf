locals {
  create = var.create

  launch_template_id      = var.create_launch_template ? aws_launch_template.this[0].id : var.launch_template_id
  launch_template_version = var.create_launch_template ? aws_launch_template.this[0].latest_version : var.launch_template_version

  use_mixed_instances = var.mixed_instances_policy != null

  # Group tags as the API wants them: one block per tag, propagated to instances.
  asg_tags = merge(var.tags, { Name = var.name }, var.autoscaling_group_tags)
}

resource "aws_launch_template" "this" {
  count = local.create && var.create_launch_template ? 1 : 0

  region = var.region

  name_prefix            = "${var.name}-"
  description            = var.launch_template_description
  image_id               = var.image_id
  instance_type          = local.use_mixed_instances ? null : var.instance_type
  key_name               = var.key_name
  user_data              = var.user_data
  vpc_security_group_ids = var.security_groups
  ebs_optimized          = var.ebs_optimized
  update_default_version = true

  dynamic "iam_instance_profile" {
    for_each = var.iam_instance_profile_name != null ? [var.iam_instance_profile_name] : []
    content {
      name = iam_instance_profile.value
    }
  }

  dynamic "block_device_mappings" {
    for_each = var.block_device_mappings
    content {
      device_name = block_device_mappings.value.device_name
      ebs {
        volume_size           = block_device_mappings.value.volume_size
        volume_type           = block_device_mappings.value.volume_type
        encrypted             = block_device_mappings.value.encrypted
        delete_on_termination = true
      }
    }
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  monitoring {
    enabled = var.enable_monitoring
  }

  dynamic "tag_specifications" {
    for_each = toset(["instance", "volume"])
    content {
      resource_type = tag_specifications.key
      tags          = merge(var.tags, { Name = var.name })
    }
  }

  tags = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_autoscaling_group" "this" {
  count = local.create && var.create_group ? 1 : 0

  region = var.region

  name_prefix         = "${var.name}-"
  min_size            = var.min_size
  max_size            = var.max_size
  desired_capacity    = var.desired_capacity
  vpc_zone_identifier = var.vpc_zone_identifier
  target_group_arns   = var.target_group_arns
  health_check_type   = var.health_check_type

  health_check_grace_period = var.health_check_grace_period
  default_instance_warmup   = var.default_instance_warmup
  capacity_rebalance        = local.use_mixed_instances ? true : null

  dynamic "launch_template" {
    for_each = local.use_mixed_instances ? [] : [1]
    content {
      id      = local.launch_template_id
      version = local.launch_template_version
    }
  }

  dynamic "mixed_instances_policy" {
    for_each = local.use_mixed_instances ? [var.mixed_instances_policy] : []
    content {
      instances_distribution {
        on_demand_base_capacity                  = mixed_instances_policy.value.on_demand_base_capacity
        on_demand_percentage_above_base_capacity = mixed_instances_policy.value.on_demand_percentage_above_base_capacity
        spot_allocation_strategy                 = mixed_instances_policy.value.spot_allocation_strategy
      }
      launch_template {
        launch_template_specification {
          launch_template_id = local.launch_template_id
          version            = local.launch_template_version
        }
        dynamic "override" {
          for_each = mixed_instances_policy.value.instance_types
          content {
            instance_type = override.value
          }
        }
      }
    }
  }

  dynamic "instance_refresh" {
    for_each = var.instance_refresh != null ? [var.instance_refresh] : []
    content {
      strategy = instance_refresh.value.strategy
      preferences {
        min_healthy_percentage = instance_refresh.value.min_healthy_percentage
      }
    }
  }

  dynamic "tag" {
    for_each = local.asg_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [desired_capacity]
  }
}

resource "aws_autoscaling_policy" "this" {
  for_each = { for k, v in var.scaling_policies : k => v if local.create && var.create_group }

  region = var.region

  name                   = "${var.name}-${each.key}"
  autoscaling_group_name = aws_autoscaling_group.this[0].name
  policy_type            = "TargetTrackingScaling"

  target_tracking_configuration {
    target_value = each.value.target_value
    predefined_metric_specification {
      predefined_metric_type = each.value.predefined_metric_type
    }
  }
}
