variable "name" {
  description = "Name of the cluster, service and task family, and prefix of the other resource names. Lowercase letters, digits and hyphens, at most 38 characters (IAM role names add the region and a suffix)."
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
  description = "ID of the VPC the service's security group belongs to."
  type        = string

  validation {
    condition     = can(regex("^vpc-[0-9a-f]+$", var.vpc_id))
    error_message = "vpc_id must be a VPC ID (vpc-...)."
  }
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC. The tasks may open TCP connections to any address in it (data stores and internal services, whose own security groups decide what they accept); when null, to the private RFC 1918 ranges instead. Outside the network they may only reach HTTPS endpoints."
  type        = string
  default     = null

  validation {
    condition     = var.vpc_cidr == null || can(cidrhost(var.vpc_cidr, 0))
    error_message = "vpc_cidr must be an IPv4 CIDR block such as 10.0.0.0/16."
  }
}

variable "subnet_ids" {
  description = "Private subnets the tasks run in (one per availability zone). Tasks get no public IP address."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) > 0
    error_message = "subnet_ids must name at least one subnet."
  }
}

variable "alb_security_group_id" {
  description = "Security group of the load balancer; the only source allowed to reach the container port."
  type        = string

  validation {
    condition     = can(regex("^sg-[0-9a-f]+$", var.alb_security_group_id))
    error_message = "alb_security_group_id must be a security group ID (sg-...)."
  }
}

variable "target_group_arn" {
  description = "ARN of the load balancer target group (target type ip) the service registers its tasks in."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:elasticloadbalancing:", var.target_group_arn))
    error_message = "target_group_arn must be an Elastic Load Balancing target group ARN."
  }
}

variable "container_image" {
  description = "Container image, preferably pinned by digest (for example 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:...). For a private ECR image the execution role may pull from that repository only."
  type        = string

  validation {
    condition     = length(trimspace(var.container_image)) > 0
    error_message = "container_image must not be empty."
  }
}

variable "container_port" {
  description = "Port the container listens on; the load balancer forwards to it."
  type        = number

  validation {
    condition     = var.container_port >= 1 && var.container_port <= 65535 && floor(var.container_port) == var.container_port
    error_message = "container_port must be a whole number between 1 and 65535."
  }
}

variable "cpu" {
  description = "CPU units of a task (1024 = 1 vCPU): 256, 512, 1024, 2048, 4096, 8192 or 16384."
  type        = number

  validation {
    condition     = contains([256, 512, 1024, 2048, 4096, 8192, 16384], var.cpu)
    error_message = "cpu must be one of the Fargate task sizes 256, 512, 1024, 2048, 4096, 8192 or 16384."
  }
}

variable "memory" {
  description = "Memory of a task in MiB; must be a combination Fargate supports for the chosen cpu."
  type        = number

  validation {
    condition     = var.memory >= 512 && var.memory <= 122880 && floor(var.memory) == var.memory
    error_message = "memory must be a whole number of MiB between 512 and 122880."
  }
}

variable "cpu_architecture" {
  description = "CPU architecture of the tasks: ARM64 (Graviton) or X86_64. The image must be built for it."
  type        = string
  default     = "ARM64"

  validation {
    condition     = contains(["ARM64", "X86_64"], var.cpu_architecture)
    error_message = "cpu_architecture must be ARM64 or X86_64."
  }
}

variable "desired_count" {
  description = "Number of tasks when the service is created. Auto scaling owns the count afterwards, so later changes to this value are ignored."
  type        = number

  validation {
    condition     = var.desired_count >= 0 && floor(var.desired_count) == var.desired_count
    error_message = "desired_count must be a whole number of at least 0."
  }
}

variable "min_capacity" {
  description = "Lower bound of the number of tasks for auto scaling."
  type        = number

  validation {
    condition     = var.min_capacity >= 0 && floor(var.min_capacity) == var.min_capacity
    error_message = "min_capacity must be a whole number of at least 0."
  }
}

variable "max_capacity" {
  description = "Upper bound of the number of tasks for auto scaling."
  type        = number

  validation {
    condition     = var.max_capacity >= 1 && floor(var.max_capacity) == var.max_capacity
    error_message = "max_capacity must be a whole number of at least 1."
  }
}

variable "cpu_target" {
  description = "Average CPU utilisation of the service, in percent, that target-tracking auto scaling keeps."
  type        = number
  default     = 70

  validation {
    condition     = var.cpu_target >= 10 && var.cpu_target <= 90
    error_message = "cpu_target must be between 10 and 90 (percent)."
  }
}

variable "environment" {
  description = "Plain environment variables of the container (name -> value). Never put secrets here: use secret_arns."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for k in keys(var.environment) : can(regex("^[A-Za-z_][A-Za-z0-9_]*$", k))])
    error_message = "environment variable names must consist of letters, digits and underscores and must not start with a digit."
  }
}

variable "secret_arns" {
  description = "Environment variables filled from Secrets Manager when a task starts (name -> secret ARN, optionally with a :json-key:: suffix). The execution role may read exactly these secrets."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for k in keys(var.secret_arns) : can(regex("^[A-Za-z_][A-Za-z0-9_]*$", k))])
    error_message = "secret_arns keys (environment variable names) must consist of letters, digits and underscores and must not start with a digit."
  }

  validation {
    condition     = alltrue([for arn in values(var.secret_arns) : can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:", arn))])
    error_message = "secret_arns values must be Secrets Manager secret ARNs."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the log group and the secrets in secret_arns."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)."
  }
}

variable "log_retention_days" {
  description = "Retention of the container log group in days (a value CloudWatch Logs accepts)."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "extra_security_group_ids" {
  description = "Additional security groups attached to the tasks, for example client groups that data stores accept."
  type        = list(string)
  default     = []
}
