locals {
  name = "acme-${var.environment}"

  default_tags = {
    Environment = var.environment
    Project     = "acme-platform"
    Owner       = join(";", var.owners)
    Terraform   = "true"
    Repository  = "github.com/acme/platform-infrastructure"
  }

  # Optional YAML configuration kept next to the stack; falls back to {} if absent.
  overrides = try(yamldecode(file("${path.module}/overrides.yaml")), {})

  alarm_emails = tolist(toset(concat(var.owners, lookup(local.overrides, "extra_alarm_emails", []))))

  # Service lookup tables
  public_services  = { for name, svc in var.services : name => svc if svc.public }
  private_services = { for name, svc in var.services : name => svc if !svc.public }

  routing_rules = [
    for name, svc in local.public_services : {
      priority      = svc.priority
      target_group  = name
      path_patterns = svc.path_patterns
    }
  ]

  service_names_sorted = sort(keys(var.services))

  # Deterministic per-service port map, e.g. { api = 8080, web = 3000 }
  service_ports = zipmap(
    local.service_names_sorted,
    [for n in local.service_names_sorted : var.services[n].port],
  )

  # Reserve a few well-known addresses in the app VPC.
  app_vpc_dns_resolver = cidrhost(var.vpcs["app"].cidr, 2)
  app_vpc_reserved_ips = [for i in range(4, 8) : cidrhost(var.vpcs["app"].cidr, i)]

  deployment_id = substr(sha256(join(",", [for k, v in var.services : "${k}=${v.image}"])), 0, 12)

  is_prod = var.environment == "prod"
}
