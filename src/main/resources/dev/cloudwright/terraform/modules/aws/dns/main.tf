locals {
  # Endpoints keyed by region (plain input values, so the keys are known before apply), with their
  # failover role: the first endpoint is the primary.
  endpoints = contains(["failover", "latency"], var.routing) ? {
    for i, e in var.endpoints : e.region => merge(e, { failover_role = i == 0 ? "PRIMARY" : "SECONDARY" })
  } : {}

  # One endpoint and nothing to fail over to: a plain alias record, without a health check.
  simple = var.routing == "simple" ? { for e in var.endpoints : e.region => e } : {}

  # CloudFront serves IPv4 and IPv6: an A and an AAAA alias.
  cdn_record_types = var.routing == "alias" ? toset(["A", "AAAA"]) : toset([])
}

resource "aws_route53_record" "cdn" {
  for_each = local.cdn_record_types

  zone_id = var.zone_id
  name    = var.record_name
  type    = each.key

  alias {
    name                   = var.cdn_domain_name
    zone_id                = var.cdn_hosted_zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_health_check" "endpoint" {
  for_each = local.endpoints

  type              = "HTTPS"
  fqdn              = each.value.health_check_fqdn
  port              = 443
  resource_path     = var.health_check_path
  enable_sni        = true
  request_interval  = 30
  failure_threshold = 3

  # The gate: while the standby is closed its health check is inverted, so a healthy standby reports unhealthy and
  # failover routing keeps answering with the primary (Route 53 answers with the primary when both are unhealthy).
  invert_healthcheck = var.routing == "failover" && each.value.failover_role == "SECONDARY" && !var.standby_open

  tags = merge(var.tags, { Name = "${var.record_name}-${each.key}", "cloudwright:component" = var.component_id })
}

resource "aws_route53_record" "endpoint" {
  for_each = local.endpoints

  zone_id         = var.zone_id
  name            = var.record_name
  type            = "A"
  set_identifier  = each.key
  health_check_id = aws_route53_health_check.endpoint[each.key].id

  alias {
    name                   = each.value.dns_name
    zone_id                = each.value.zone_id
    evaluate_target_health = true
  }

  dynamic "failover_routing_policy" {
    for_each = var.routing == "failover" ? [each.value.failover_role] : []

    content {
      type = failover_routing_policy.value
    }
  }

  dynamic "latency_routing_policy" {
    for_each = var.routing == "latency" ? [each.key] : []

    content {
      region = latency_routing_policy.value
    }
  }
}

resource "aws_route53_record" "simple" {
  for_each = local.simple

  zone_id = var.zone_id
  name    = var.record_name
  type    = "A"

  alias {
    name                   = each.value.dns_name
    zone_id                = each.value.zone_id
    evaluate_target_health = true
  }
}
