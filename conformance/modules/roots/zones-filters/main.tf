# Zones from the availability zones data source in three regions (default provider and two aliases),
# with the filters and exclusions real configurations use, and a subnet in each zone of each region.

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "oregon"
  region = "us-west-2"
}

provider "aws" {
  alias  = "tokyo"
  region = "ap-northeast-3"
}

# All regular zones except one excluded by name.
data "aws_availability_zones" "virginia" {
  state         = "available"
  exclude_names = ["us-east-1e"]
}

# Zones of a region named on the data source itself (provider 6 per-resource region).
data "aws_availability_zones" "ohio" {
  region = "us-east-2"
}

data "aws_availability_zones" "oregon" {
  provider = aws.oregon

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_availability_zones" "osaka" {
  provider = aws.tokyo
}

locals {
  regions = {
    virginia = { cidr = "10.1.0.0/16", zones = slice(data.aws_availability_zones.virginia.names, 0, 4) }
    ohio     = { cidr = "10.2.0.0/16", zones = data.aws_availability_zones.ohio.names }
    oregon   = { cidr = "10.3.0.0/16", zones = data.aws_availability_zones.oregon.names }
    osaka    = { cidr = "10.4.0.0/16", zones = data.aws_availability_zones.osaka.names }
  }
}

resource "aws_vpc" "virginia" {
  cidr_block = local.regions.virginia.cidr
}

resource "aws_subnet" "virginia" {
  count = length(local.regions.virginia.zones)

  vpc_id            = aws_vpc.virginia.id
  availability_zone = local.regions.virginia.zones[count.index]
  cidr_block        = cidrsubnet(local.regions.virginia.cidr, 4, count.index)
}

resource "aws_vpc" "ohio" {
  region     = "us-east-2"
  cidr_block = local.regions.ohio.cidr
}

resource "aws_subnet" "ohio" {
  for_each = toset(local.regions.ohio.zones)

  region            = "us-east-2"
  vpc_id            = aws_vpc.ohio.id
  availability_zone = each.value
  cidr_block        = cidrsubnet(local.regions.ohio.cidr, 4, index(local.regions.ohio.zones, each.value))
}

module "oregon" {
  source    = "../../modules/vpc"
  providers = { aws = aws.oregon }

  name            = "oregon"
  cidr            = local.regions.oregon.cidr
  azs             = local.regions.oregon.zones
  private_subnets = [for i, z in local.regions.oregon.zones : cidrsubnet(local.regions.oregon.cidr, 4, i)]
}

module "osaka" {
  source    = "../../modules/vpc"
  providers = { aws = aws.tokyo }

  name            = "osaka"
  cidr            = local.regions.osaka.cidr
  azs             = local.regions.osaka.zones
  private_subnets = [for i, z in local.regions.osaka.zones : cidrsubnet(local.regions.osaka.cidr, 4, i)]
}

output "zones" {
  value = { for k, r in local.regions : k => r.zones }
}
