# Sizes chosen by workspace (terraform.workspace looked up in maps, "default" standing for dev), subnets
# for every tier and zone from setproduct and cidrsubnets, optional objects turned into zero or one block
# with the [*] splat, and services grouped by team with the ... grouping form of a for expression.

provider "aws" {
  region = "eu-west-1"
}

data "aws_availability_zones" "available" {}

locals {
  environment = terraform.workspace == "default" ? "dev" : terraform.workspace

  sizes = {
    dev  = { zones = 2, instance_type = "t4g.small", min = 1, max = 2 }
    prod = { zones = 3, instance_type = "m7g.large", min = 3, max = 12 }
  }
  size = lookup(local.sizes, local.environment, local.sizes["dev"])

  zones = slice(sort(data.aws_availability_zones.available.names), 0, local.size.zones)
  tiers = ["public", "app", "data"]

  # One /20 per tier, then a /24 per zone inside it.
  tier_cidrs = zipmap(local.tiers, cidrsubnets(var.cidr, 4, 4, 4))
  subnets = {
    for pair in setproduct(local.tiers, local.zones) : "${pair[0]}-${pair[1]}" => {
      tier = pair[0]
      zone = pair[1]
      cidr = cidrsubnet(local.tier_cidrs[pair[0]], 4, index(local.zones, pair[1]))
    }
  }

  services_by_team = { for s in var.services : s.team => s.name... }
  largest_team     = max([for t, names in local.services_by_team : length(names)]...)
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags       = { Name = "${local.environment}-main" }
}

resource "aws_subnet" "this" {
  for_each = local.subnets

  vpc_id            = aws_vpc.this.id
  availability_zone = each.value.zone
  cidr_block        = each.value.cidr

  tags = {
    Name = format("%s-%s-%02d", local.environment, each.value.tier, index(local.zones, each.value.zone) + 1)
    Tier = each.value.tier
  }
}

resource "aws_launch_template" "app" {
  name_prefix   = "${local.environment}-app-"
  image_id      = var.image_id
  instance_type = local.size.instance_type

  # Zero or one block from an optional object: [*] of null is [], of an object a one-element list.
  dynamic "instance_market_options" {
    for_each = var.spot[*]
    content {
      market_type = "spot"
      spot_options {
        max_price = instance_market_options.value.max_price
      }
    }
  }
}

resource "aws_autoscaling_group" "app" {
  name_prefix         = "${local.environment}-app-"
  min_size            = local.size.min
  max_size            = local.size.max
  vpc_zone_identifier = [for k, s in aws_subnet.this : s.id if local.subnets[k].tier == "app"]

  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}

resource "aws_cloudwatch_log_group" "team" {
  for_each = local.services_by_team

  name              = "/${local.environment}/${each.key}"
  retention_in_days = length(each.value) > 1 ? 30 : 14
}

variable "cidr" {
  type    = string
  default = "10.150.0.0/16"
}

variable "image_id" {
  type    = string
  default = "ami-0c1a2b3c4d5e6f708"
}

variable "spot" {
  type = object({
    max_price = optional(string)
  })
  default = null
}

variable "services" {
  type = list(object({
    name = string
    team = string
  }))
  default = [
    { name = "checkout", team = "payments" },
    { name = "refunds", team = "payments" },
    { name = "search", team = "discovery" },
  ]
}

output "subnet_cidrs" {
  value = { for k, s in local.subnets : k => s.cidr }
}

output "largest_team" {
  value = local.largest_team
}
