resource "google_compute_firewall" "this" {
  for_each = merge(
    { for k, v in local.default_firewall_rules : k => merge({
      description             = null
      direction               = "INGRESS"
      priority                = 1000
      action                  = "allow"
      source_tags             = null
      source_service_accounts = null
      target_tags             = null
      target_service_accounts = null
      log                     = false
    }, v) },
    var.firewall_rules,
  )

  project     = var.project_id
  network     = google_compute_network.this.name
  name        = "${var.network_name}-${each.key}"
  description = each.value.description
  direction   = each.value.direction
  priority    = each.value.priority

  source_ranges           = each.value.direction == "INGRESS" ? each.value.ranges : null
  destination_ranges      = each.value.direction == "EGRESS" ? each.value.ranges : null
  source_tags             = each.value.source_tags
  source_service_accounts = each.value.source_service_accounts
  target_tags             = each.value.target_tags
  target_service_accounts = each.value.target_service_accounts

  dynamic "allow" {
    for_each = each.value.action == "allow" ? each.value.rules : []
    content {
      protocol = allow.value.protocol
      ports    = try(allow.value.ports, null)
    }
  }

  dynamic "deny" {
    for_each = each.value.action == "deny" ? each.value.rules : []
    content {
      protocol = deny.value.protocol
      ports    = try(deny.value.ports, null)
    }
  }

  dynamic "log_config" {
    for_each = each.value.log ? [1] : []
    content {
      metadata = "INCLUDE_ALL_METADATA"
    }
  }
}

# Block all egress to the internet except via explicitly allowed rules.
resource "google_compute_firewall" "deny_all_egress" {
  project            = var.project_id
  network            = google_compute_network.this.name
  name               = "${var.network_name}-deny-all-egress"
  direction          = "EGRESS"
  priority           = 65534
  destination_ranges = ["0.0.0.0/0"]

  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "allow_google_apis_egress" {
  project            = var.project_id
  network            = google_compute_network.this.name
  name               = "${var.network_name}-allow-google-apis"
  direction          = "EGRESS"
  priority           = 1000
  destination_ranges = ["199.36.153.8/30", "199.36.153.4/30"] # private.googleapis.com, restricted.googleapis.com

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}
