resource "aws_route53_record" "simple" {
  for_each = var.simple_records

  zone_id = aws_route53_zone.this.zone_id
  name    = each.key == "@" ? var.zone_name : "${each.key}.${var.zone_name}"
  type    = each.value.type
  ttl     = each.value.ttl
  records = each.value.type == "TXT" ? [for r in each.value.records : length(r) > 255 ? join("\"\"", regexall(".{1,255}", r)) : r] : each.value.records
}

resource "aws_route53_record" "alias" {
  for_each = var.alias_records

  zone_id = aws_route53_zone.this.zone_id
  name    = each.key
  type    = each.value.type

  alias {
    name                   = each.value.target_dns_name
    zone_id                = each.value.target_zone_id
    evaluate_target_health = each.value.evaluate_target_health
  }
}

# ---- Failover -------------------------------------------------------------

resource "aws_route53_health_check" "failover" {
  for_each = var.failover == null ? {} : {
    primary   = var.failover.primary_ip
    secondary = var.failover.secondary_ip
  }

  ip_address        = each.value
  port              = 443
  type              = "HTTPS"
  resource_path     = var.failover.health_check_path
  failure_threshold = 3
  request_interval  = 30
  measure_latency   = true
  regions           = ["us-east-1", "eu-west-1", "ap-southeast-1"]

  tags = merge(var.tags, { Name = "${var.failover.name}-${each.key}" })
}

resource "aws_route53_record" "failover" {
  for_each = aws_route53_health_check.failover

  zone_id         = aws_route53_zone.this.zone_id
  name            = var.failover.name
  type            = "A"
  ttl             = 60
  records         = [each.value.ip_address]
  set_identifier  = each.key
  health_check_id = each.value.id

  failover_routing_policy {
    type = upper(each.key)
  }
}

# ---- Weighted -------------------------------------------------------------

locals {
  weighted_records = merge([
    for key, w in var.weighted : {
      for ip, weight in w.targets : "${key}:${ip}" => {
        name   = w.name
        ip     = ip
        weight = weight
      }
    }
  ]...)
}

resource "aws_route53_record" "weighted" {
  for_each = local.weighted_records

  zone_id        = aws_route53_zone.this.zone_id
  name           = each.value.name
  type           = "A"
  ttl            = 60
  records        = [each.value.ip]
  set_identifier = replace(each.key, ":", "-")

  weighted_routing_policy {
    weight = each.value.weight
  }
}

# ---- Latency --------------------------------------------------------------

resource "aws_route53_record" "latency" {
  for_each = var.latency_endpoints

  zone_id        = aws_route53_zone.this.zone_id
  name           = "${var.latency_record_name}.${var.zone_name}"
  type           = "A"
  set_identifier = each.key

  latency_routing_policy {
    region = each.key
  }

  alias {
    name                   = each.value.dns_name
    zone_id                = each.value.zone_id
    evaluate_target_health = true
  }
}
