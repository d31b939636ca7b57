resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.ssl_policy
  certificate_arn   = aws_acm_certificate_validation.this.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[var.default_target_group].arn
  }

  lifecycle {
    precondition {
      condition     = contains(keys(var.target_groups), var.default_target_group)
      error_message = "default_target_group \"${var.default_target_group}\" is not defined in target_groups."
    }
  }
}

resource "aws_lb_listener_rule" "this" {
  for_each = { for r in var.routing_rules : tostring(r.priority) => r }

  listener_arn = aws_lb_listener.https.arn
  priority     = each.value.priority

  action {
    type = "forward"

    dynamic "forward" {
      for_each = each.value.weights == null ? [] : [each.value.weights]
      content {
        dynamic "target_group" {
          for_each = forward.value
          content {
            arn    = aws_lb_target_group.this[target_group.key].arn
            weight = target_group.value
          }
        }

        stickiness {
          enabled  = false
          duration = 1
        }
      }
    }

    target_group_arn = each.value.weights == null ? aws_lb_target_group.this[each.value.target_group].arn : null
  }

  dynamic "condition" {
    for_each = each.value.host_headers == null ? [] : [each.value.host_headers]
    content {
      host_header {
        values = condition.value
      }
    }
  }

  dynamic "condition" {
    for_each = each.value.path_patterns == null ? [] : [each.value.path_patterns]
    content {
      path_pattern {
        values = condition.value
      }
    }
  }

  dynamic "condition" {
    for_each = each.value.http_headers
    content {
      http_header {
        http_header_name = condition.key
        values           = condition.value
      }
    }
  }

  tags = var.tags
}

resource "aws_lb_listener_certificate" "extra" {
  for_each        = toset([]) # extra certificates can be attached here later
  listener_arn    = aws_lb_listener.https.arn
  certificate_arn = each.value
}
