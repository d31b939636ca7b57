locals {
  azs = length(var.availability_zones) > 0 ? var.availability_zones : slice(
    data.aws_availability_zones.available.names,
    0,
    var.az_count
  )

  az_suffixes = { for az in local.azs : az => substr(az, -1, 1) }

  # Carve the VPC into three tiers. The private tier gets the largest blocks.
  tier_blocks = cidrsubnets(var.cidr_block, 2, 2, 2)

  public_subnets = {
    for idx, az in local.azs : az => {
      cidr  = cidrsubnet(local.tier_blocks[0], var.subnet_newbits.public - 2, idx)
      index = idx
    }
  }

  private_subnets = {
    for idx, az in local.azs : az => {
      cidr  = cidrsubnet(local.tier_blocks[1], var.subnet_newbits.private - 2 < 0 ? 0 : var.subnet_newbits.private, idx)
      index = idx
    }
  }

  data_subnets = [
    for idx, az in local.azs : {
      az   = az
      cidr = cidrsubnet(local.tier_blocks[2], var.subnet_newbits.data - 2, idx)
    }
  ]

  nat_gateway_count = (
    var.nat_gateway_mode == "none" ? 0 :
    var.nat_gateway_mode == "single" ? 1 :
    length(local.azs)
  )

  # Map each private subnet AZ to the NAT gateway it should use.
  nat_for_az = {
    for idx, az in local.azs :
    az => local.nat_gateway_count == 0 ? null : element(aws_nat_gateway.this[*].id, idx % local.nat_gateway_count)
  }

  common_tags = merge(
    {
      "Module"    = "network-vpc"
      "Network"   = var.name
      "ManagedBy" = "terraform"
    },
    var.tags,
  )

  region_prefix = "com.amazonaws.${data.aws_region.current.name}"
}
