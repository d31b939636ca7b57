data "google_project" "current" {}

data "google_client_openid_userinfo" "me" {}

module "project_ops" {
  source     = "../gcp-project-ops"
  project_id = var.project_id

  notification_emails = {
    platform = "platform-oncall@example.com"
    sre      = "sre@example.com"
  }

  uptime_checks = {
    for name, s in var.services : name => {
      host = "${name}.${var.domain}"
      path = "/healthz"
    } if s.public
  }
}

module "network" {
  source = "../gcp-network"

  project_id   = var.project_id
  network_name = "${local.prefix}-vpc"
  subnets      = local.subnets

  nat = {
    (var.region) = {
      nat_ip_count = local.is_prod ? 2 : 0
    }
  }

  firewall_rules = {
    "allow-gke-master-webhooks" = {
      description = "Allow GKE control plane to reach admission webhooks"
      ranges      = ["172.16.0.0/28"]
      target_tags = ["gke-${local.prefix}"]
      rules       = [{ protocol = "tcp", ports = ["443", "8443", "9443", "15017"] }]
    }
  }

  depends_on = [module.project_ops]
}

module "iam" {
  source              = "../gcp-iam"
  project_id          = var.project_id
  project_iam_members = local.project_iam_members

  service_accounts = {
    "ci-deployer" = {
      description   = "Used by CI pipelines to deploy workloads"
      project_roles = ["roles/run.developer", "roles/artifactregistry.writer", "roles/container.developer"]
      impersonators = ["principalSet://iam.googleapis.com/projects/${data.google_project.current.number}/locations/global/workloadIdentityPools/github/attribute.repository/acme/platform"]
    }
  }
}

module "kms" {
  source       = "../gcp-kms-secrets"
  project_id   = var.project_id
  location     = var.region
  keyring_name = "${local.prefix}-keyring"

  keys = {
    gke-etcd = {
      decrypters = ["serviceAccount:service-${data.google_project.current.number}@container-engine-robot.iam.gserviceaccount.com"]
      encrypters = ["serviceAccount:service-${data.google_project.current.number}@container-engine-robot.iam.gserviceaccount.com"]
    }
    cloudsql = {}
  }

  secrets = merge(
    { for s in local.all_secrets : s => { generate = true } },
    {
      "db-password" = {
        generate        = true
        length          = 40
        replica_regions = [var.region, var.dr_region]
      }
    },
  )
}

module "gke" {
  source = "../gcp-gke"
  count  = local.is_prod ? 1 : 0

  providers = {
    google      = google
    google-beta = google-beta
  }

  project_id = var.project_id
  name       = "${local.prefix}-gke"
  region     = var.region

  network = {
    network_self_link    = module.network.network_self_link
    subnetwork_self_link = module.network.subnets["${local.prefix}-gke-${var.region}"].self_link
    pods_range_name      = "pods"
    services_range_name  = "services"
  }

  database_encryption_key = module.kms.crypto_key_ids["gke-etcd"]

  node_pools = {
    default = {
      machine_type = "e2-standard-8"
      min_count    = 1
      max_count    = 6
    }
    spot = {
      machine_type = "n2d-standard-16"
      spot         = true
      min_count    = 0
      max_count    = 30
      taints = [{
        key    = "workload"
        value  = "batch"
        effect = "NO_SCHEDULE"
      }]
    }
  }

  workload_identity_bindings = {
    "payments/api" = {
      gsa_account_id = "wi-payments-api"
      roles          = ["roles/cloudsql.client", "roles/pubsub.publisher"]
    }
  }
}

module "cloudsql" {
  source = "../gcp-cloudsql"

  project_id          = var.project_id
  region              = var.region
  name                = "${local.prefix}-pg"
  private_network     = module.network.network_id
  high_availability   = local.is_prod
  encryption_key_name = module.kms.crypto_key_ids["cloudsql"]
  databases           = ["app", "reporting"]

  read_replicas = local.is_prod ? {
    dr = {
      region          = var.dr_region
      failover_target = false
    }
  } : {}
}

module "run" {
  source   = "../gcp-cloudrun"
  for_each = var.services

  project_id   = var.project_id
  region       = var.region
  service_name = each.key
  image        = each.value.image
  env          = each.value.env

  secret_env = {
    for s in each.value.secrets : upper(replace(s, "-", "_")) => { secret = s }
  }

  scaling = {
    min = local.is_prod ? max(each.value.min, 1) : each.value.min
    max = each.value.max
  }

  cloudsql_instances = [module.cloudsql.connection_name]
  invokers           = each.value.public ? ["allUsers"] : []

  depends_on = [module.kms]
}

module "lb" {
  source = "../gcp-loadbalancer"

  project_id      = var.project_id
  name            = "${local.prefix}-edge"
  domains         = concat([var.domain], [for n, s in var.services : "${n}.${var.domain}" if s.public])
  default_backend = keys(var.services)[0]
  path_rules      = local.path_rules

  backends = {
    for name, s in var.services : name => {
      protocol = "HTTPS"
      serverless_neg = {
        region  = var.region
        service = module.run[name].service_name
      }
    }
  }

  armor = {
    blocked_regions = ["KP", "IR", "SY", "CU"]
  }
}

resource "google_dns_record_set" "edge" {
  provider = google.host

  for_each = { for r in module.lb.dns_records : r.name => r }

  managed_zone = "public-${replace(var.domain, ".", "-")}"
  name         = each.value.name
  type         = each.value.type
  ttl          = 300
  rrdatas      = each.value.rrdatas
}
