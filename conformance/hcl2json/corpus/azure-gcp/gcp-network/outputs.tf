output "network_id" {
  value = google_compute_network.this.id
}

output "network_self_link" {
  value = google_compute_network.this.self_link
}

output "subnets" {
  value = {
    for k, s in google_compute_subnetwork.this : k => {
      id               = s.id
      self_link        = s.self_link
      region           = s.region
      cidr             = s.ip_cidr_range
      secondary_ranges = { for r in s.secondary_ip_range : r.range_name => r.ip_cidr_range }
    }
  }
}

output "subnets_by_region" {
  value = local.subnets_by_region
}

output "nat_ips" {
  value = [for a in google_compute_address.nat : a.address]
}

output "private_services_connection" {
  value = google_service_networking_connection.private_services.id
}
