data "aws_region" "current" {}

locals {
  attach_web_acl = var.attach_web_acl != null ? var.attach_web_acl : var.web_acl_arn != null
  access_logs    = var.access_logs_enabled != null ? var.access_logs_enabled : var.access_logs_bucket != null

  # One ingress rule per allowed CIDR and listener port; keys are built from the inputs. Behind CloudFront the
  # CIDRs give way to CloudFront's origin-facing addresses (below).
  ingress = var.cloudfront_only ? {} : {
    for pair in setproduct(var.ingress_cidrs, [443, 80]) : "${pair[1]}-${pair[0]}" => { cidr = pair[0], port = pair[1] }
  }
}

# ---------------------------------------------------------------------------------------------------------
# CloudFront only (cloudfront_only = true): the web ACL on the distribution cannot be bypassed at the origin.
#  1. The security group admits HTTPS from the AWS-managed prefix list of CloudFront's origin-facing servers only.
#  2. Every CloudFront distribution uses those addresses, so the HTTPS listener also requires the secret header that
#     this deployment's distribution adds to origin requests; anything else gets a 403.
#  3. Route 53 health checkers (which cannot send a header) reach the health check path only, through a second
#     security group: the CloudFront list weighs 55 rules and the Route 53 list 25, more than one group's default
#     quota of 60 inbound rules.
# https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/LocationsOfEdgeServers.html#managed-prefix-list
# https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/restrict-access-to-load-balancer.html
# https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html (names and weights)
# ---------------------------------------------------------------------------------------------------------

data "aws_ec2_managed_prefix_list" "cloudfront" {
  count = var.cloudfront_only ? 1 : 0

  name = "com.amazonaws.global.cloudfront.origin-facing"
}

data "aws_ec2_managed_prefix_list" "route53_health_checks" {
  count = var.cloudfront_only ? 1 : 0

  name = "com.amazonaws.${data.aws_region.current.region}.route53-healthchecks"
}

resource "aws_vpc_security_group_ingress_rule" "cloudfront" {
  count = var.cloudfront_only ? 1 : 0

  security_group_id = aws_security_group.this.id
  description       = "HTTPS from CloudFront origin-facing servers only"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront[0].id

  tags = merge(var.tags, { Name = "${var.name}-alb-cloudfront", "cloudwright:component" = var.component_id })
}

resource "aws_security_group" "health_checks" {
  count = var.cloudfront_only ? 1 : 0

  name_prefix = "${var.name}-alb-hc-"
  description = "Load balancer ${var.name}: HTTPS from Route 53 health checkers (health check path only)"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-alb-health-checks", "cloudwright:component" = var.component_id })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "route53_health_checks" {
  count = var.cloudfront_only ? 1 : 0

  security_group_id = aws_security_group.health_checks[0].id
  description       = "HTTPS from Route 53 health checkers"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = data.aws_ec2_managed_prefix_list.route53_health_checks[0].id

  tags = merge(var.tags, { Name = "${var.name}-alb-route53-health-checks", "cloudwright:component" = var.component_id })
}

# Requests that carry this deployment's secret origin header go to the targets.
resource "aws_lb_listener_rule" "origin_verified" {
  count = var.cloudfront_only ? 1 : 0

  listener_arn = aws_lb_listener.https.arn
  priority     = 1

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this.arn
  }

  condition {
    http_header {
      http_header_name = var.origin_verify_header.name
      values           = [var.origin_verify_header.value]
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-origin-verified", "cloudwright:component" = var.component_id })

  lifecycle {
    precondition {
      condition     = var.origin_verify_header != null
      error_message = "cloudfront_only = true needs origin_verify_header: the security group alone admits every CloudFront distribution."
    }
  }
}

# Route 53 health checks reach the health check path without the header (they cannot send one).
resource "aws_lb_listener_rule" "health_check" {
  count = var.cloudfront_only ? 1 : 0

  listener_arn = aws_lb_listener.https.arn
  priority     = 2

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this.arn
  }

  condition {
    path_pattern {
      values = [var.health_check_path]
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-health-check", "cloudwright:component" = var.component_id })
}

resource "aws_security_group" "this" {
  name_prefix = "${var.name}-alb-"
  description = "Load balancer ${var.name}: HTTPS (and HTTP redirect) in, the application port out"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-alb", "cloudwright:component" = var.component_id })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "listener" {
  for_each = local.ingress

  security_group_id = aws_security_group.this.id
  description       = each.value.port == 443 ? "HTTPS from ${each.value.cidr}" : "HTTP from ${each.value.cidr} (redirected to HTTPS)"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr

  tags = merge(var.tags, { Name = "${var.name}-alb-${each.key}", "cloudwright:component" = var.component_id })
}

# The load balancer only opens connections to its targets (traffic and health checks on the
# application port); the targets' own security groups admit this group only.
resource "aws_vpc_security_group_egress_rule" "targets" {
  security_group_id = aws_security_group.this.id
  description       = "To the targets on the application port"
  ip_protocol       = "tcp"
  from_port         = var.app_port
  to_port           = var.app_port
  cidr_ipv4         = "0.0.0.0/0"

  tags = merge(var.tags, { Name = "${var.name}-alb-targets", "cloudwright:component" = var.component_id })
}

resource "aws_lb" "this" {
  name                       = var.name
  load_balancer_type         = "application"
  internal                   = false
  ip_address_type            = "ipv4"
  subnets                    = var.public_subnet_ids
  security_groups            = concat([aws_security_group.this.id], aws_security_group.health_checks[*].id)
  drop_invalid_header_fields = true
  desync_mitigation_mode     = "defensive"
  enable_http2               = true
  enable_deletion_protection = var.deletion_protection
  idle_timeout               = 60

  dynamic "access_logs" {
    for_each = local.access_logs ? [var.access_logs_bucket] : []

    content {
      bucket  = access_logs.value
      prefix  = var.name
      enabled = true
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

resource "aws_lb_target_group" "this" {
  # name_prefix (at most 6 characters) so that a replacement (new port or target type) can be created
  # before the old group is destroyed.
  name_prefix          = "${substr(replace(var.name, "-", ""), 0, 5)}-"
  vpc_id               = var.vpc_id
  target_type          = var.target_type
  port                 = var.app_port
  protocol             = "HTTP"
  protocol_version     = "HTTP1"
  deregistration_delay = 30

  health_check {
    enabled             = true
    protocol            = "HTTP"
    port                = "traffic-port"
    path                = var.health_check_path
    matcher             = "200"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 3
    unhealthy_threshold = 3
  }

  tags = merge(var.tags, { Name = "${var.name}-tg", "cloudwright:component" = var.component_id })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  # Behind CloudFront the listener forwards only what the rules above admit; anything else is refused.
  dynamic "default_action" {
    for_each = var.cloudfront_only ? [] : [true]

    content {
      type             = "forward"
      target_group_arn = aws_lb_target_group.this.arn
    }
  }

  dynamic "default_action" {
    for_each = var.cloudfront_only ? [true] : []

    content {
      type = "fixed-response"

      fixed_response {
        content_type = "text/plain"
        message_body = "Forbidden"
        status_code  = "403"
      }
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-https", "cloudwright:component" = var.component_id })
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      protocol    = "HTTPS"
      port        = "443"
      status_code = "HTTP_301"
    }
  }

  tags = merge(var.tags, { Name = "${var.name}-http-redirect", "cloudwright:component" = var.component_id })
}

resource "aws_wafv2_web_acl_association" "this" {
  count = local.attach_web_acl ? 1 : 0

  resource_arn = aws_lb.this.arn
  web_acl_arn  = var.web_acl_arn
}
