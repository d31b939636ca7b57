locals {
  sa_id = substr("run-${var.service_name}", 0, 30)

  # Collapse secret references to unique secret IDs for IAM.
  referenced_secrets = toset(concat(
    [for e in values(var.secret_env) : e.secret],
    [for v in values(var.secret_volumes) : v.secret],
  ))

  base_env = {
    GOOGLE_CLOUD_PROJECT = var.project_id
    SERVICE_NAME         = var.service_name
    LOG_FORMAT           = "json"
  }

  env = merge(local.base_env, var.env)

  public = contains(var.invokers, "allUsers")
}
