# The smallest useful call: public subnets only, zones given as zone ids (the same physical zones in
# every account), every optional input left at its default or null.

provider "aws" {
  region = "us-east-1"
}

module "vpc" {
  source = "../../modules/vpc"

  name = "minimal"
  cidr = "10.10.0.0/16"
  azs  = ["use1-az1", "use1-az2"]

  public_subnets = ["10.10.0.0/24", "10.10.1.0/24"]
}

output "public_subnets" {
  value = module.vpc.public_subnets
}
