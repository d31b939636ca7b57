locals {
  # brightcart-prod: prefix of every resource name.
  name_prefix = "${var.project}-${var.environment}"

  default_tags = merge(
    {
      Project     = var.project
      Environment = var.environment
      Owner       = var.owner
      CostCenter  = var.cost_center
      ManagedBy   = "terraform"
      Repository  = "brightcart/infrastructure"
    },
    var.extra_tags,
  )

  # Hostnames: CloudFront serves the public names; each service's ALB gets an
  # origin hostname that matches the ALB certificate (*.brightcart.example.com).
  public_hostnames = [var.domain_name, "www.${var.domain_name}"]
  origin_hostnames = { for name in keys(var.services) : name => "origin-${name}.${var.domain_name}" }

  # CloudFront path routing: everything goes to "web" except these prefixes.
  service_paths = {
    api = ["/api/*", "/graphql"]
  }

  # Backup tag that puts a resource into the AWS Backup plan.
  backup_tag = { key = "BackupPlan", value = "${local.name_prefix}-standard" }
}
