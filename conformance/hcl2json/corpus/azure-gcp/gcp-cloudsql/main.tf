locals {
  is_postgres = startswith(var.database_version, "POSTGRES")

  # Cloud SQL IAM users for service accounts omit the ".gserviceaccount.com" suffix (Postgres only).
  iam_users = {
    for u in var.iam_users : u.email => {
      name = (u.type == "CLOUD_IAM_SERVICE_ACCOUNT" && local.is_postgres) ? trimsuffix(u.email, ".gserviceaccount.com") : u.email
      type = u.type
    }
  }
}

resource "random_id" "suffix" {
  byte_length = 2
}

resource "random_password" "root" {
  length  = 30
  special = false
}

resource "google_sql_database_instance" "primary" {
  project             = var.project_id
  name                = "${var.name}-${random_id.suffix.hex}"
  region              = var.region
  database_version    = var.database_version
  encryption_key_name = var.encryption_key_name
  root_password       = local.is_postgres ? null : random_password.root.result
  deletion_protection = true

  settings {
    tier                        = var.tier
    edition                     = var.edition
    availability_type           = var.high_availability ? "REGIONAL" : "ZONAL"
    disk_type                   = var.disk.type
    disk_size                   = var.disk.size_gb
    disk_autoresize             = var.disk.autoresize
    disk_autoresize_limit       = var.disk.autoresize_limit
    deletion_protection_enabled = true
    user_labels                 = var.labels
    connector_enforcement       = "REQUIRED"

    ip_configuration {
      ipv4_enabled                                  = false
      private_network                               = var.private_network
      allocated_ip_range                            = var.allocated_ip_range
      enable_private_path_for_google_cloud_services = true
      ssl_mode                                      = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
    }

    backup_configuration {
      enabled                        = true
      start_time                     = var.backup.start_time
      location                       = var.backup.location
      point_in_time_recovery_enabled = local.is_postgres ? var.backup.point_in_time_recovery : null
      binary_log_enabled             = local.is_postgres ? null : true
      transaction_log_retention_days = var.backup.transaction_log_retention_days

      backup_retention_settings {
        retained_backups = var.backup.retained_backups
        retention_unit   = "COUNT"
      }
    }

    maintenance_window {
      day          = 7
      hour         = 3
      update_track = "stable"
    }

    insights_config {
      query_insights_enabled  = true
      query_string_length     = 2048
      record_application_tags = true
      record_client_address   = false
      query_plans_per_minute  = 5
    }

    password_validation_policy {
      enable_password_policy      = true
      min_length                  = 16
      complexity                  = "COMPLEXITY_DEFAULT"
      disallow_username_substring = true
    }

    dynamic "database_flags" {
      for_each = var.database_flags
      iterator = flag
      content {
        name  = flag.key
        value = flag.value
      }
    }

    location_preference {
      zone           = "${var.region}-a"
      secondary_zone = var.high_availability ? "${var.region}-c" : null
    }
  }

  lifecycle {
    prevent_destroy = true
    ignore_changes  = [settings[0].disk_size]
  }
}

resource "google_sql_database" "this" {
  for_each = toset(var.databases)

  project         = var.project_id
  instance        = google_sql_database_instance.primary.name
  name            = each.value
  charset         = local.is_postgres ? "UTF8" : "utf8mb4"
  collation       = local.is_postgres ? "en_US.UTF8" : "utf8mb4_0900_ai_ci"
  deletion_policy = "ABANDON"
}

resource "google_sql_user" "iam" {
  for_each = local.iam_users

  project  = var.project_id
  instance = google_sql_database_instance.primary.name
  name     = each.value.name
  type     = each.value.type
}
