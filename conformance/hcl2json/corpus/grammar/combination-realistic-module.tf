terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }

  backend "s3" {
    bucket = "state-bucket"
    key    = "env/${terraform.workspace}/terraform.tfstate" # not evaluated by HCL itself
    region = "us-east-1"
  }
}

locals {
  name_prefix = "${var.project}-${var.environment}"
  common_tags = merge(var.tags, {
    Project     = var.project
    Environment = var.environment
    ManagedBy   = "terraform"
  })
  azs     = slice(data.aws_availability_zones.available.names, 0, 3)
  subnets = { for i, az in local.azs : az => cidrsubnet(var.vpc_cidr, 8, i) }
}

data "aws_availability_zones" "available" {
  state = "available"
}

resource "aws_vpc" "main" {
  cidr_block           = var.vpc_cidr
  enable_dns_hostnames = true
  tags                 = merge(local.common_tags, { Name = "${local.name_prefix}-vpc" })
}

resource "aws_subnet" "private" {
  for_each          = local.subnets
  vpc_id            = aws_vpc.main.id
  availability_zone = each.key
  cidr_block        = each.value

  tags = {
    Name = "${local.name_prefix}-private-${each.key}"
    Tier = "private"
  }

  lifecycle {
    ignore_changes = [tags["LastModified"]]
  }
}

resource "aws_instance" "app" {
  count         = var.instance_count
  ami           = data.aws_ami.ubuntu.id
  instance_type = var.environment == "prod" ? "m5.large" : "t3.micro"
  subnet_id     = values(aws_subnet.private)[count.index % length(aws_subnet.private)].id

  user_data = <<-EOT
    #!/bin/bash
    echo "instance ${count.index}" > /etc/motd
    %{~ for pkg in var.packages ~}
    apt-get install -y ${pkg}
    %{~ endfor ~}
  EOT

  depends_on = [aws_vpc.main]
}

output "instance_ids" {
  value       = aws_instance.app[*].id
  description = "IDs of the app instances"
}

output "private_subnet_ids" {
  value     = [for s in aws_subnet.private : s.id]
  sensitive = false
}
