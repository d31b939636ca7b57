resource "google_compute_network" "this" {
  project                                   = var.project_id
  name                                      = var.network_name
  auto_create_subnetworks                   = false
  routing_mode                              = var.routing_mode
  mtu                                       = var.mtu
  delete_default_routes_on_create           = false
  network_firewall_policy_enforcement_order = "AFTER_CLASSIC_FIREWALL"
}

resource "google_compute_subnetwork" "this" {
  for_each = var.subnets

  project                  = var.project_id
  name                     = each.key
  network                  = google_compute_network.this.id
  region                   = each.value.region
  ip_cidr_range            = each.value.ip_cidr_range
  private_ip_google_access = each.value.purpose == null ? each.value.private_ip_google_access : null
  purpose                  = each.value.purpose
  role                     = each.value.role
  stack_type               = "IPV4_ONLY"

  dynamic "secondary_ip_range" {
    for_each = each.value.secondary_ranges
    content {
      range_name    = secondary_ip_range.key
      ip_cidr_range = secondary_ip_range.value
    }
  }

  dynamic "log_config" {
    for_each = each.value.flow_logs != null ? [each.value.flow_logs] : []
    content {
      aggregation_interval = log_config.value.aggregation_interval
      flow_sampling        = log_config.value.flow_sampling
      metadata             = log_config.value.metadata
    }
  }
}

# --- Cloud Router & NAT ------------------------------------------------------

resource "google_compute_router" "this" {
  for_each = local.nat_regions

  project = var.project_id
  name    = "${var.network_name}-cr-${each.key}"
  region  = each.key
  network = google_compute_network.this.id

  bgp {
    asn               = 64514
    advertise_mode    = "CUSTOM"
    advertised_groups = ["ALL_SUBNETS"]
  }
}

resource "google_compute_address" "nat" {
  for_each = { for ip in local.nat_ips : ip.key => ip }

  project      = var.project_id
  name         = "${var.network_name}-nat-${each.key}"
  region       = each.value.region
  address_type = "EXTERNAL"
  network_tier = "PREMIUM"
}

resource "google_compute_router_nat" "this" {
  for_each = local.nat_regions

  project = var.project_id
  name    = "${var.network_name}-nat-${each.key}"
  router  = google_compute_router.this[each.key].name
  region  = each.key

  nat_ip_allocate_option = each.value.nat_ip_count > 0 ? "MANUAL_ONLY" : "AUTO_ONLY"
  nat_ips = [
    for k, a in google_compute_address.nat : a.self_link if a.region == each.key
  ]

  source_subnetwork_ip_ranges_to_nat = each.value.subnetworks == null ? "ALL_SUBNETWORKS_ALL_IP_RANGES" : "LIST_OF_SUBNETWORKS"

  dynamic "subnetwork" {
    for_each = coalesce(each.value.subnetworks, [])
    content {
      name                    = google_compute_subnetwork.this[subnetwork.value].id
      source_ip_ranges_to_nat = ["ALL_IP_RANGES"]
    }
  }

  enable_dynamic_port_allocation      = true
  enable_endpoint_independent_mapping = false
  min_ports_per_vm                    = each.value.min_ports_per_vm
  max_ports_per_vm                    = each.value.max_ports_per_vm
  tcp_established_idle_timeout_sec    = 1200
  tcp_transitory_idle_timeout_sec     = 30
  udp_idle_timeout_sec                = 30

  log_config {
    enable = true
    filter = each.value.log_filter
  }
}

# Private services access (for Cloud SQL / Memorystore private IP).
resource "google_compute_global_address" "private_services" {
  project       = var.project_id
  name          = "${var.network_name}-psa"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  prefix_length = 20
  network       = google_compute_network.this.id
}

resource "google_service_networking_connection" "private_services" {
  network                 = google_compute_network.this.id
  service                 = "servicenetworking.googleapis.com"
  reserved_peering_ranges = [google_compute_global_address.private_services.name]
  deletion_policy         = "ABANDON"
}
