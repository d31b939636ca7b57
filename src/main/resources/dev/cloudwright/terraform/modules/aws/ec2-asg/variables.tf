variable "name" {
  description = "Name of the Auto Scaling group and prefix of the other resource names. Lowercase letters, digits and hyphens, at most 38 characters (IAM role names add the region and a suffix)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,36}[a-z0-9])?$", var.name))
    error_message = "name must be 1-38 characters of lowercase letters, digits and hyphens, starting and ending with a letter or digit."
  }
}

variable "tags" {
  description = "Tags applied to every taggable resource, merged with Name and cloudwright:component."
  type        = map(string)
  default     = {}
}

variable "component_id" {
  description = "Identifier of the design component this module instance implements (tag cloudwright:component)."
  type        = string
}

variable "vpc_id" {
  description = "ID of the VPC the instances' security group belongs to."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]+$", var.vpc_id))
    error_message = "vpc_id must be a VPC ID (vpc-...)."
  }
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC. The instances may open TCP connections to any address in it (data stores and internal services, whose own security groups decide what they accept); when null, to the private RFC 1918 ranges instead. Outside the network they may only reach HTTPS endpoints."
  type        = string
  default     = null

  validation {
    condition     = var.vpc_cidr == null || can(cidrhost(var.vpc_cidr, 0))
    error_message = "vpc_cidr must be an IPv4 CIDR block such as 10.0.0.0/16."
  }
}

variable "subnet_ids" {
  description = "Private subnets the instances are launched in (one per availability zone). Instances get no public IP address."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) > 0
    error_message = "subnet_ids must name at least one subnet."
  }
}

variable "instance_type" {
  description = "EC2 instance type; its architecture must match architecture (Graviton types such as m7g.large are arm64)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]*\\.[a-z0-9]+$", var.instance_type))
    error_message = "instance_type must be an EC2 instance type such as m7g.large."
  }
}

variable "min_size" {
  description = "Minimum number of instances."
  type        = number

  validation {
    condition     = var.min_size >= 0 && floor(var.min_size) == var.min_size
    error_message = "min_size must be a whole number of at least 0."
  }
}

variable "max_size" {
  description = "Maximum number of instances."
  type        = number

  validation {
    condition     = var.max_size >= 1 && floor(var.max_size) == var.max_size
    error_message = "max_size must be a whole number of at least 1."
  }
}

variable "desired_capacity" {
  description = "Number of instances when the group is created. Auto scaling owns the number afterwards, so later changes to this value are ignored."
  type        = number

  validation {
    condition     = var.desired_capacity >= 0 && floor(var.desired_capacity) == var.desired_capacity
    error_message = "desired_capacity must be a whole number of at least 0."
  }
}

variable "target_group_arns" {
  description = "Load balancer target groups (target type instance) the instances are registered in."
  type        = list(string)
  default     = []
}

variable "alb_security_group_id" {
  description = "Security group of the load balancer; the only source allowed to reach app_port."
  type        = string

  validation {
    condition     = can(regex("^sg-[0-9a-f]+$", var.alb_security_group_id))
    error_message = "alb_security_group_id must be a security group ID (sg-...)."
  }
}

variable "app_port" {
  description = "Port the application listens on; the load balancer forwards to it."
  type        = number

  validation {
    condition     = var.app_port >= 1 && var.app_port <= 65535 && floor(var.app_port) == var.app_port
    error_message = "app_port must be a whole number between 1 and 65535."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the instances' root volumes."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)."
  }
}

variable "cpu_target" {
  description = "Average CPU utilisation of the group, in percent, that target-tracking auto scaling keeps."
  type        = number
  default     = 60

  validation {
    condition     = var.cpu_target >= 10 && var.cpu_target <= 90
    error_message = "cpu_target must be between 10 and 90 (percent)."
  }
}

variable "architecture" {
  description = "Architecture of the Amazon Linux 2023 AMI: arm64 (Graviton) or x86_64."
  type        = string
  default     = "arm64"

  validation {
    condition     = contains(["arm64", "x86_64"], var.architecture)
    error_message = "architecture must be arm64 or x86_64."
  }
}

variable "user_data" {
  description = "Cloud-init user data (plain text) that installs and starts the application on boot. Without it the instances run plain Amazon Linux 2023, and the group uses EC2 health checks so that instances failing the load balancer's health check are not replaced in a loop."
  type        = string
  default     = null

  validation {
    condition     = var.user_data == null ? true : length(var.user_data) <= 16384
    error_message = "user_data must be at most 16 KB (the EC2 limit before base64 encoding)."
  }
}
