variable "region" {
  type    = string
  default = "us-east-1"
}

output "id" {
  value = aws_instance.web.id
}

provider "aws" {
  region = var.region
}

module "network" {
  source = "./modules/network"
}
