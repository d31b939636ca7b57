locals {
  regions = toset([for s in values(var.subnets) : s.region])

  subnets_by_region = {
    for name, s in var.subnets : s.region => name...
  }

  nat_regions = {
    for region, cfg in var.nat : region => cfg if contains(local.regions, region)
  }

  nat_ips = flatten([
    for region, cfg in local.nat_regions : [
      for i in range(cfg.nat_ip_count) : {
        key    = "${region}-${i}"
        region = region
      }
    ]
  ])

  # Standard hygiene rules added to every VPC.
  default_firewall_rules = {
    "allow-iap-ssh" = {
      description = "Identity-Aware Proxy TCP forwarding"
      ranges      = ["35.235.240.0/20"]
      rules       = [{ protocol = "tcp", ports = ["22", "3389"] }]
      log         = true
    }
    "allow-health-checks" = {
      description = "Google Cloud load balancer health checks"
      ranges      = ["35.191.0.0/16", "130.211.0.0/22"]
      target_tags = ["lb-backend"]
      rules       = [{ protocol = "tcp" }]
    }
    "allow-internal" = {
      ranges = [for s in values(var.subnets) : s.ip_cidr_range]
      rules = [
        { protocol = "tcp" },
        { protocol = "udp" },
        { protocol = "icmp" },
      ]
      priority = 65000
    }
  }
}
