module "network" {
  source = "./modules/network"

  name_prefix        = local.name_prefix
  vpc_cidr           = var.vpc_cidr
  azs                = var.azs
  flow_log_retention = var.log_retention_days
}

module "data" {
  source = "./modules/data"

  name_prefix           = local.name_prefix
  vpc_id                = module.network.vpc_id
  data_subnet_ids       = module.network.data_subnet_ids
  azs                   = var.azs
  dr_region             = var.dr_region
  engine_version        = var.aurora_engine_version
  instance_class        = var.aurora_instance_class
  instance_count        = var.aurora_instance_count
  cache_node_type       = var.cache_node_type
  backup_retention_days = var.backup_retention_days
  backup_tag            = local.backup_tag
}

module "storage" {
  source = "./modules/storage"
  providers = {
    aws    = aws
    aws.dr = aws.dr
  }

  name_prefix  = local.name_prefix
  cors_origins = [for host in local.public_hostnames : "https://${host}"]
}

# One ALB + ECS cluster + service per entry in var.services ("web", "api").
module "app" {
  source   = "./modules/app"
  for_each = var.services

  name_prefix    = local.name_prefix
  service_name   = each.key
  vpc_id         = module.network.vpc_id
  vpc_cidr       = module.network.vpc_cidr_block
  public_subnets = module.network.public_subnet_ids
  app_subnets    = module.network.private_subnet_ids

  certificate_arn   = var.alb_certificate_arn
  alb_ingress_cidrs = var.alb_ingress_cidrs

  image             = each.value.image
  cpu               = each.value.cpu
  memory            = each.value.memory
  container_port    = each.value.container_port
  health_check_path = each.value.health_check_path
  desired_count     = each.value.desired_count
  min_capacity      = each.value.min_capacity
  max_capacity      = each.value.max_capacity
  cpu_target        = each.value.cpu_target
  log_retention     = var.log_retention_days

  environment = merge(each.value.environment, {
    SHOP_ENVIRONMENT = var.environment
    AWS_REGION       = var.region
    DB_HOST          = module.data.aurora_endpoint
    DB_READER_HOST   = module.data.aurora_reader_endpoint
    DB_NAME          = module.data.database_name
    CACHE_HOST       = module.data.cache_primary_endpoint
    CART_TABLE       = module.data.cart_table_name
    ASSETS_BUCKET    = module.storage.assets_bucket_name
    PUBLIC_URL       = "https://${var.domain_name}"
  })
  secrets = {
    DB_CREDENTIALS = module.data.db_master_secret_arn
    APP_SECRETS    = module.data.app_secret_arn
  }

  extra_security_group_ids = [module.data.client_security_group_id]
  kms_key_arn              = module.data.kms_key_arn
  cart_table_arn           = module.data.cart_table_arn
  assets_bucket_arn        = module.storage.assets_bucket_arn
}

module "edge" {
  source = "./modules/edge"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name_prefix      = local.name_prefix
  hosted_zone_id   = var.hosted_zone_id
  aliases          = local.public_hostnames
  certificate_arn  = var.cloudfront_certificate_arn
  default_origin   = "web"
  service_paths    = local.service_paths
  origin_hostnames = local.origin_hostnames
  load_balancers = {
    for name in keys(var.services) : name => {
      dns_name = module.app[name].alb_dns_name
      zone_id  = module.app[name].alb_zone_id
    }
  }
  assets_bucket_name                 = module.storage.assets_bucket_name
  assets_bucket_regional_domain_name = module.storage.assets_bucket_regional_domain_name
}

module "ops" {
  source = "./modules/ops"
  providers = {
    aws    = aws
    aws.dr = aws.dr
  }

  name_prefix        = local.name_prefix
  alert_email        = var.alert_email
  log_retention_days = var.log_retention_days

  services = {
    for name in keys(var.services) : name => {
      cluster_name            = module.app[name].cluster_name
      service_name            = module.app[name].service_name
      alb_arn_suffix          = module.app[name].alb_arn_suffix
      target_group_arn_suffix = module.app[name].target_group_arn_suffix
    }
  }
  aurora_cluster_id  = module.data.aurora_cluster_id
  aurora_cluster_arn = module.data.aurora_cluster_arn
  cart_table_arn     = module.data.cart_table_arn
  kms_key_arn        = module.data.kms_key_arn

  backup_retention_days    = var.backup_retention_days
  dr_backup_retention_days = var.dr_backup_retention_days
  backup_tag               = local.backup_tag
}
