locals {
  env_flags = join(" ", [for k, v in var.app.env : "-e ${k}=${jsonencode(v)}"])

  startup_script = <<-EOT
    #!/bin/bash
    # Rendered by Terraform for ${var.name}
    set -euo pipefail

    %{~ if var.ops_agent ~}
    if ! systemctl is-active --quiet google-cloud-ops-agent; then
      curl -sSO https://dl.google.com/cloudagents/add-google-cloud-ops-agent-repo.sh
      bash add-google-cloud-ops-agent-repo.sh --also-install
    fi
    %{~ endif ~}

    docker pull ${var.app.docker_image}
    docker rm -f app || true
    docker run -d --name app --restart=always \
      -p ${var.app.port}:${var.app.port} \
      ${local.env_flags} \
      ${var.app.docker_image}

    # Wait for the service to respond before reporting healthy.
    for i in $(seq 1 60); do
      curl -fsS "http://localhost:${var.app.port}/healthz" && break
      sleep 2
    done
  EOT

  shutdown_script = <<EOT
#!/bin/bash
docker stop --time 25 app || true
EOT
}

data "google_compute_image" "cos" {
  family  = "cos-stable"
  project = "cos-cloud"
}

resource "google_service_account" "vm" {
  project      = var.project_id
  account_id   = "vm-${var.name}"
  display_name = "VMs for ${var.name}"
}

resource "google_compute_instance_template" "this" {
  project      = var.project_id
  name_prefix  = "${var.name}-"
  machine_type = var.machine_type
  region       = var.region
  tags         = var.network_tags

  labels = {
    app = var.name
  }

  disk {
    source_image = data.google_compute_image.cos.self_link
    auto_delete  = true
    boot         = true
    disk_type    = "pd-balanced"
    disk_size_gb = 20
  }

  network_interface {
    subnetwork = var.subnetwork
    # no access_config => no external IP
  }

  metadata = {
    startup-script         = local.startup_script
    shutdown-script        = local.shutdown_script
    enable-oslogin         = "TRUE"
    block-project-ssh-keys = "TRUE"
    google-logging-enabled = "true"
  }

  service_account {
    email  = google_service_account.vm.email
    scopes = ["cloud-platform"]
  }

  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = true
    enable_integrity_monitoring = true
  }

  scheduling {
    automatic_restart   = true
    on_host_maintenance = "MIGRATE"
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_health_check" "autohealing" {
  project             = var.project_id
  name                = "${var.name}-autohealing"
  check_interval_sec  = 10
  timeout_sec         = 5
  healthy_threshold   = 2
  unhealthy_threshold = 5

  http_health_check {
    port         = var.app.port
    request_path = "/healthz"
  }
}

resource "google_compute_region_instance_group_manager" "this" {
  project            = var.project_id
  name               = "${var.name}-mig"
  region             = var.region
  base_instance_name = var.name

  distribution_policy_target_shape = "EVEN"

  version {
    name              = "primary"
    instance_template = google_compute_instance_template.this.self_link_unique
  }

  named_port {
    name = "http"
    port = var.app.port
  }

  auto_healing_policies {
    health_check      = google_compute_health_check.autohealing.id
    initial_delay_sec = 180
  }

  update_policy {
    type                           = "PROACTIVE"
    minimal_action                 = "REPLACE"
    most_disruptive_allowed_action = "REPLACE"
    max_surge_fixed                = 3
    max_unavailable_fixed          = 0
    replacement_method             = "SUBSTITUTE"
  }

  instance_lifecycle_policy {
    force_update_on_repair = "YES"
  }

  lifecycle {
    ignore_changes = [target_size]
  }
}

resource "google_compute_region_autoscaler" "this" {
  project = var.project_id
  name    = "${var.name}-autoscaler"
  region  = var.region
  target  = google_compute_region_instance_group_manager.this.id

  autoscaling_policy {
    min_replicas    = var.autoscaling.min
    max_replicas    = var.autoscaling.max
    cooldown_period = var.autoscaling.cooldown_period
    mode            = "ON"

    cpu_utilization {
      target            = var.autoscaling.cpu_target
      predictive_method = "OPTIMIZE_AVAILABILITY"
    }

    scale_in_control {
      time_window_sec = 600
      max_scaled_in_replicas {
        percent = var.autoscaling.scale_in_max_pct
      }
    }

    dynamic "scaling_schedules" {
      for_each = var.autoscaling.schedules
      content {
        name                  = scaling_schedules.key
        schedule              = scaling_schedules.value.schedule
        duration_sec          = scaling_schedules.value.duration_sec
        min_required_replicas = scaling_schedules.value.min_replicas
        time_zone             = scaling_schedules.value.time_zone
        description           = "Scheduled scaling: ${scaling_schedules.key}"
      }
    }
  }
}
