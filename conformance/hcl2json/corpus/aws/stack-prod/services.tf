module "alb" {
  source = "../alb-web"

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name              = "${local.name}-public"
  vpc_id            = module.vpc["app"].vpc_id
  public_subnet_ids = module.vpc["app"].public_subnet_ids
  domain_name       = "app.${var.domain}"
  subject_alternative_names = [
    for name in keys(local.public_services) : "${name}.${var.domain}"
  ]
  hosted_zone_id = data.aws_route53_zone.root.zone_id
  access_logs_bucket = local.is_prod ? module.logs_bucket.bucket_id : null

  target_groups = {
    for name, svc in local.public_services : name => {
      port = svc.port
      health_check = {
        path = lookup(svc.env, "HEALTH_PATH", "/healthz")
      }
    }
  }

  routing_rules        = local.routing_rules
  default_target_group = local.service_names_sorted[0]
}

module "service" {
  source   = "../ecs-service"
  for_each = var.services

  cluster_name   = local.name
  create_cluster = false
  service_name   = each.key
  image          = each.value.image
  cpu            = each.value.cpu
  memory         = each.value.memory
  container_port = each.value.port
  desired_count  = each.value.desired_count

  environment = merge(each.value.env, {
    ENVIRONMENT   = var.environment
    DEPLOYMENT_ID = local.deployment_id
    AWS_REGION    = data.aws_region.current.name
  })
  secrets = each.value.secrets

  subnet_ids         = module.vpc["app"].private_subnet_ids
  security_group_ids = [module.security_groups.security_group_ids["services"]]
  target_group_arn   = try(module.alb.target_group_arns[each.key], null)

  autoscaling = {
    min_capacity = each.value.autoscaling.min
    max_capacity = each.value.autoscaling.max
    cpu_target   = each.value.autoscaling.cpu
  }

  enable_exec = !local.is_prod

  depends_on = [aws_ecs_cluster.main]
}

resource "aws_ecs_cluster" "main" {
  name = local.name

  setting {
    name  = "containerInsights"
    value = local.is_prod ? "enhanced" : "enabled"
  }
}

module "logs_bucket" {
  source = "../s3-bucket"

  providers = {
    aws         = aws
    aws.replica = aws.dr
  }

  bucket_name   = "${local.name}-logs-${data.aws_caller_identity.current.account_id}"
  force_destroy = !local.is_prod

  lifecycle_rules = [
    {
      id = "expire-old-logs"
      transitions = [
        { days = 30, storage_class = "STANDARD_IA" },
        { days = 90, storage_class = "GLACIER" },
      ]
      expiration_days = 400
    },
  ]
}

module "eks" {
  source = "../eks-cluster"
  count  = var.feature_flags.eks ? 1 : 0

  cluster_name = "${local.name}-eks"
  vpc_id       = module.vpc["app"].vpc_id
  subnet_ids   = module.vpc["app"].private_subnet_ids

  node_groups = {
    system = {
      instance_types = ["m7g.large"]
      ami_type       = "AL2023_ARM_64_STANDARD"
      min_size       = 2
      max_size       = 4
      taints         = [{ key = "CriticalAddonsOnly", value = "true", effect = "NO_SCHEDULE" }]
    }
  }
}
