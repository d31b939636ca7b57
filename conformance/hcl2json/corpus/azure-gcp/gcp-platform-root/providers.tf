provider "google" {
  project               = var.project_id
  region                = var.region
  user_project_override = true
  billing_project       = var.project_id

  default_labels = {
    environment = var.environment
    managed-by  = "terraform"
  }
}

provider "google-beta" {
  project               = var.project_id
  region                = var.region
  user_project_override = true
  billing_project       = var.project_id
}

# Second region for DR components.
provider "google" {
  alias   = "dr"
  project = var.project_id
  region  = var.dr_region
}

// Impersonated provider for the shared VPC host project.
provider "google" {
  alias                       = "host"
  project                     = var.host_project_id
  impersonate_service_account = "terraform-network@${var.host_project_id}.iam.gserviceaccount.com"
}
