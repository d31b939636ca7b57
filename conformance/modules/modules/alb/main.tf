locals {
  create = var.create

  is_application = var.load_balancer_type == "application"

  security_group_ids = concat(var.security_groups, module.security_group[*].security_group_id)

  listeners     = { for k, v in var.listeners : k => v if local.create }
  target_groups = { for k, v in var.target_groups : k => v if local.create }

  # Every rule of every listener, keyed "listener/rule".
  listener_rules = merge([
    for lk, l in local.listeners : {
      for rk, r in l.rules : "${lk}/${rk}" => merge(r, { listener_key = lk })
    }
  ]...)
}

module "security_group" {
  source = "../security-group"
  count  = local.create && var.create_security_group && local.is_application ? 1 : 0

  region      = var.region
  name        = "${var.name}-alb"
  description = "Load balancer ${var.name}"
  vpc_id      = var.vpc_id

  ingress_rules = {
    for k, l in var.listeners : "listener-${k}" => {
      from_port   = l.port
      to_port     = l.port
      cidr_ipv4   = var.ingress_cidr
      description = "Listener ${k}"
    }
  }

  tags = var.tags
}

resource "aws_lb" "this" {
  count = local.create ? 1 : 0

  region = var.region

  name               = var.name
  load_balancer_type = var.load_balancer_type
  internal           = var.internal
  subnets            = var.subnets
  security_groups    = local.is_application ? local.security_group_ids : null
  idle_timeout       = local.is_application ? var.idle_timeout : null

  enable_deletion_protection       = var.enable_deletion_protection
  enable_cross_zone_load_balancing = local.is_application ? null : var.enable_cross_zone_load_balancing
  drop_invalid_header_fields       = local.is_application ? true : null

  dynamic "access_logs" {
    for_each = var.access_logs != null ? [var.access_logs] : []
    content {
      bucket  = access_logs.value.bucket
      prefix  = access_logs.value.prefix
      enabled = access_logs.value.enabled
    }
  }

  tags = merge(var.tags, { Name = var.name })
}

resource "aws_lb_target_group" "this" {
  for_each = local.target_groups

  region = var.region

  name_prefix          = coalesce(each.value.name_prefix, substr(each.key, 0, 6))
  vpc_id               = each.value.target_type == "lambda" ? null : var.vpc_id
  port                 = each.value.target_type == "lambda" ? null : each.value.port
  protocol             = each.value.target_type == "lambda" ? null : each.value.protocol
  target_type          = each.value.target_type
  deregistration_delay = each.value.deregistration_delay

  health_check {
    enabled             = true
    path                = each.value.health_check.path
    matcher             = each.value.health_check.matcher
    interval            = each.value.health_check.interval
    healthy_threshold   = each.value.health_check.healthy_threshold
    unhealthy_threshold = each.value.health_check.unhealthy_threshold
  }

  tags = merge(var.tags, { Name = "${var.name}-${each.key}" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_lb_listener" "this" {
  for_each = local.listeners

  region = var.region

  load_balancer_arn = aws_lb.this[0].arn
  port              = each.value.port
  protocol          = each.value.protocol
  certificate_arn   = each.value.certificate_arn
  ssl_policy        = contains(["HTTPS", "TLS"], each.value.protocol) ? coalesce(each.value.ssl_policy, var.default_ssl_policy) : null

  dynamic "default_action" {
    for_each = each.value.forward != null ? [each.value.forward] : []
    content {
      type             = "forward"
      target_group_arn = aws_lb_target_group.this[default_action.value.target_group_key].arn
    }
  }

  dynamic "default_action" {
    for_each = each.value.redirect != null ? [each.value.redirect] : []
    content {
      type = "redirect"
      redirect {
        port        = default_action.value.port
        protocol    = default_action.value.protocol
        status_code = default_action.value.status_code
      }
    }
  }

  dynamic "default_action" {
    for_each = each.value.fixed_response != null ? [each.value.fixed_response] : []
    content {
      type = "fixed-response"
      fixed_response {
        content_type = default_action.value.content_type
        message_body = default_action.value.message_body
        status_code  = default_action.value.status_code
      }
    }
  }

  tags = var.tags
}

resource "aws_lb_listener_rule" "this" {
  for_each = local.listener_rules

  region = var.region

  listener_arn = aws_lb_listener.this[each.value.listener_key].arn
  priority     = each.value.priority

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[each.value.target_group_key].arn
  }

  dynamic "condition" {
    for_each = each.value.path_patterns != null ? [each.value.path_patterns] : []
    content {
      path_pattern {
        values = condition.value
      }
    }
  }

  dynamic "condition" {
    for_each = each.value.host_headers != null ? [each.value.host_headers] : []
    content {
      host_header {
        values = condition.value
      }
    }
  }

  tags = var.tags
}
