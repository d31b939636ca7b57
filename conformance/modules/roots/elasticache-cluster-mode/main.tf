# Redis in cluster mode: three shards with two replicas each, log delivery to CloudWatch, a key for
# encryption at rest, in a VPC found by its tags (no label context: the module's defaults apply).

provider "aws" {
  region = "eu-west-3"
}

data "aws_vpc" "shared" {
  tags = { Name = "shared" }
}

data "aws_subnets" "cache" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.shared.id]
  }
  tags = { Tier = "cache" }
}

resource "aws_kms_key" "cache" {
  description         = "leaderboard cache"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "slow" {
  name              = "/elasticache/leaderboard/slow-log"
  retention_in_days = 7
}

module "leaderboard" {
  source = "../../modules/elasticache"

  name          = "leaderboard"
  instance_type = "cache.m7g.large"

  cluster_mode_enabled    = true
  num_node_groups         = 3
  replicas_per_node_group = 2
  multi_az_enabled        = true

  kms_key_id = aws_kms_key.cache.arn

  vpc_id  = data.aws_vpc.shared.id
  subnets = data.aws_subnets.cache.ids

  log_delivery_configuration = [{
    destination      = aws_cloudwatch_log_group.slow.name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }]
}

output "configuration_endpoint" {
  value = module.leaderboard.endpoint
}

output "nodes" {
  value = module.leaderboard.member_count
}
