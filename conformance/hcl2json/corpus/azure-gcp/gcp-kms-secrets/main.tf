resource "google_kms_key_ring" "this" {
  project  = var.project_id
  name     = var.keyring_name
  location = var.location
}

resource "google_kms_crypto_key" "this" {
  for_each = var.keys

  name            = each.key
  key_ring        = google_kms_key_ring.this.id
  purpose         = each.value.purpose
  rotation_period = each.value.purpose == "ENCRYPT_DECRYPT" ? each.value.rotation_period : null

  destroy_scheduled_duration = "2592000s"

  version_template {
    algorithm        = each.value.algorithm
    protection_level = each.value.protection_level
  }

  labels = {
    purpose = lower(each.value.purpose)
  }

  lifecycle {
    prevent_destroy = true
  }
}

locals {
  kms_bindings = merge(
    {
      for pair in flatten([
        for key, cfg in var.keys : [
          for m in cfg.encrypters : { key = key, member = m, role = "roles/cloudkms.cryptoKeyEncrypter" }
        ]
      ]) : "${pair.key}|${pair.role}|${pair.member}" => pair
    },
    {
      for pair in flatten([
        for key, cfg in var.keys : [
          for m in cfg.decrypters : { key = key, member = m, role = "roles/cloudkms.cryptoKeyDecrypter" }
        ]
      ]) : "${pair.key}|${pair.role}|${pair.member}" => pair
    },
  )
}

resource "google_kms_crypto_key_iam_member" "this" {
  for_each = local.kms_bindings

  crypto_key_id = google_kms_crypto_key.this[each.value.key].id
  role          = each.value.role
  member        = each.value.member
}

# Secret Manager service agent needs encrypt/decrypt for CMEK-protected secrets.
resource "google_project_service_identity" "secretmanager" {
  provider = google-beta
  project  = var.project_id
  service  = "secretmanager.googleapis.com"
}
