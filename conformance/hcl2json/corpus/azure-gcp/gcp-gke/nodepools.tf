resource "google_container_node_pool" "this" {
  for_each = local.node_pools

  provider = google-beta
  project  = var.project_id
  name     = each.key
  cluster  = google_container_cluster.this.id
  location = var.region

  initial_node_count = each.value.min_count

  autoscaling {
    location_policy      = each.value.spot ? "ANY" : "BALANCED"
    total_min_node_count = each.value.min_count
    total_max_node_count = each.value.max_count
  }

  management {
    auto_repair  = true
    auto_upgrade = true
  }

  upgrade_settings {
    strategy        = "SURGE"
    max_surge       = each.value.max_surge
    max_unavailable = each.value.max_unavailable
  }

  node_config {
    machine_type    = each.value.machine_type
    disk_size_gb    = each.value.disk_size_gb
    disk_type       = each.value.disk_type
    image_type      = each.value.image_type
    spot            = each.value.spot
    service_account = google_service_account.nodes.email
    oauth_scopes    = local.oauth_scopes
    labels          = each.value.labels
    tags            = concat(["gke-${var.name}"], each.value.tags)

    resource_labels = merge(var.labels, { node_pool = each.key })

    metadata = {
      disable-legacy-endpoints = "true"
    }

    workload_metadata_config {
      mode = "GKE_METADATA"
    }

    shielded_instance_config {
      enable_secure_boot          = true
      enable_integrity_monitoring = true
    }

    dynamic "taint" {
      for_each = each.value.taints
      content {
        key    = taint.value.key
        value  = taint.value.value
        effect = taint.value.effect
      }
    }

    dynamic "guest_accelerator" {
      for_each = each.value.guest_accelerator[*]
      iterator = gpu
      content {
        type  = gpu.value.type
        count = gpu.value.count

        gpu_driver_installation_config {
          gpu_driver_version = gpu.value.gpu_driver_version
        }
      }
    }

    kubelet_config {
      cpu_manager_policy   = "static"
      cpu_cfs_quota        = true
      pod_pids_limit       = 4096
    }

    linux_node_config {
      sysctls = {
        "net.core.somaxconn"      = "4096"
        "net.ipv4.tcp_tw_reuse"   = "1"
      }
    }
  }

  lifecycle {
    ignore_changes        = [initial_node_count]
    create_before_destroy = true
  }
}
