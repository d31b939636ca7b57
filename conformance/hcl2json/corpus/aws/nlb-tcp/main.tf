locals {
  targets = merge([
    for lname, l in var.listeners : {
      for t in l.targets : "${lname}/${t}" => {
        listener = lname
        target   = t
        port     = l.target_port
      }
    }
  ]...)
}

resource "aws_lb" "this" {
  name                             = var.name
  load_balancer_type               = "network"
  internal                         = alltrue([for eip in values(var.subnet_mappings) : eip == ""])
  enable_cross_zone_load_balancing = var.cross_zone
  dns_record_client_routing_policy = "availability_zone_affinity"

  dynamic "subnet_mapping" {
    for_each = var.subnet_mappings
    content {
      subnet_id     = subnet_mapping.key
      allocation_id = subnet_mapping.value != "" ? subnet_mapping.value : null
    }
  }

  tags = var.tags
}

resource "aws_lb_target_group" "this" {
  for_each = var.listeners

  name                   = "${var.name}-${each.key}"
  port                   = each.value.target_port
  protocol               = each.value.protocol == "TLS" ? "TCP" : each.value.protocol
  vpc_id                 = var.vpc_id
  target_type            = "ip"
  preserve_client_ip     = "true"
  connection_termination = true
  proxy_protocol_v2      = false

  health_check {
    protocol            = "TCP"
    port                = "traffic-port"
    interval            = 10
    healthy_threshold   = 2
    unhealthy_threshold = 2
  }
}

resource "aws_lb_target_group_attachment" "this" {
  for_each = local.targets

  target_group_arn = aws_lb_target_group.this[each.value.listener].arn
  target_id        = each.value.target
  port             = each.value.port
}

resource "aws_lb_listener" "this" {
  for_each = var.listeners

  load_balancer_arn = aws_lb.this.arn
  port              = each.value.port
  protocol          = each.value.protocol
  certificate_arn   = each.value.certificate_arn
  alpn_policy       = each.value.protocol == "TLS" ? coalesce(each.value.alpn_policy, "None") : null
  ssl_policy        = each.value.protocol == "TLS" ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : null

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[each.key].arn
  }
}
