# A web tier on EC2: the latest Amazon Linux image from SSM, a launch template and an Auto Scaling group
# mixing on-demand and spot instances from the autoscaling module, behind the alb module's instance
# target group, with an instance profile for Systems Manager.

provider "aws" {
  region = "sa-east-1"
}

data "aws_availability_zones" "available" {}

data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

locals {
  name = "storefront"
  azs  = slice(data.aws_availability_zones.available.names, 0, 3)
}

module "vpc" {
  source = "../../modules/vpc"

  name               = local.name
  cidr               = "10.100.0.0/16"
  azs                = local.azs
  public_subnets     = [for i, z in local.azs : cidrsubnet("10.100.0.0/16", 8, i)]
  private_subnets    = [for i, z in local.azs : cidrsubnet("10.100.0.0/16", 8, 10 + i)]
  enable_nat_gateway = true
  single_nat_gateway = true
}

module "alb" {
  source = "../../modules/alb"

  name    = local.name
  vpc_id  = module.vpc.vpc_id
  subnets = module.vpc.public_subnets

  target_groups = {
    web = {
      target_type          = "instance"
      deregistration_delay = 30
    }
  }

  listeners = {
    http = {
      port     = 80
      protocol = "HTTP"
      forward  = { target_group_key = "web" }
    }
  }
}

module "web_security_group" {
  source = "../../modules/security-group"

  name   = "${local.name}-web"
  vpc_id = module.vpc.vpc_id
  ingress_rules = {
    http_from_alb = {
      from_port                    = 80
      referenced_security_group_id = module.alb.security_group_id
    }
  }
}

data "aws_iam_policy_document" "ec2_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "web" {
  name_prefix        = "${local.name}-"
  assume_role_policy = data.aws_iam_policy_document.ec2_assume.json
}

resource "aws_iam_role_policy_attachment" "ssm" {
  role       = aws_iam_role.web.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "web" {
  name_prefix = "${local.name}-"
  role        = aws_iam_role.web.name
}

module "asg" {
  source = "../../modules/autoscaling"

  name      = local.name
  image_id  = data.aws_ssm_parameter.al2023.value
  user_data = base64encode(templatefile("${path.module}/user-data.sh.tftpl", { port = 80, name = local.name }))

  security_groups           = [module.web_security_group.security_group_id]
  iam_instance_profile_name = aws_iam_instance_profile.web.name
  block_device_mappings     = [{ device_name = "/dev/xvda", volume_size = 30 }]

  min_size            = 2
  max_size            = 9
  vpc_zone_identifier = module.vpc.private_subnets
  target_group_arns   = [module.alb.target_groups["web"].arn]
  health_check_type   = "ELB"

  mixed_instances_policy = {
    instance_types                           = ["m7i.large", "m6i.large", "m5.large"]
    on_demand_base_capacity                  = 2
    on_demand_percentage_above_base_capacity = 25
  }

  instance_refresh = {}

  scaling_policies = {
    cpu = { predefined_metric_type = "ASGAverageCPUUtilization", target_value = 60 }
  }
}
