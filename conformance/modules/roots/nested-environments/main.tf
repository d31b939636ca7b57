# One module instance per environment (for_each over a map of objects), each composing the shared
# modules: root -> environment[key] -> vpc, rds-aurora (-> security-group), ecs (-> ecs-service[key]
# -> container-definition[key], security-group). The environments differ in size only.

provider "aws" {
  region = "eu-west-1"
}

data "aws_availability_zones" "available" {
  state = "available"
}

locals {
  environments = {
    staging = {
      cidr      = "10.110.0.0/16"
      zones     = 2
      api_count = 1
      db        = { instances = ["one"], min_acu = 0.5, max_acu = 2 }
    }
    production = {
      cidr      = "10.120.0.0/16"
      zones     = 3
      api_count = 3
      db        = { instances = ["one", "two", "three"], min_acu = 2, max_acu = 32 }
    }
  }
}

module "environment" {
  source   = "./modules/environment"
  for_each = local.environments

  name          = "shop-${each.key}"
  cidr          = each.value.cidr
  azs           = slice(data.aws_availability_zones.available.names, 0, each.value.zones)
  api_count     = each.value.api_count
  db_instances  = each.value.db.instances
  db_capacity   = { min = each.value.db.min_acu, max = each.value.db.max_acu }
  image_version = var.image_versions[each.key]
}

variable "image_versions" {
  type = map(string)
  default = {
    staging    = "2.0.0-rc.3"
    production = "1.9.7"
  }
}

output "database_endpoints" {
  value = { for k, e in module.environment : k => e.database_endpoint }
}
