variable "name" {
  description = "Name of the cluster, task family and schedule, and prefix of the other resource names. Lowercase letters, digits and hyphens, at most 38 characters (IAM role names add the region and a suffix)."
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
  description = "ID of the VPC the tasks' security group belongs to."
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

variable "container_image" {
  description = "Container image, preferably pinned by digest (for example 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:...). For a private ECR image the execution role may pull from that repository only."
  type        = string

  validation {
    condition     = length(trimspace(var.container_image)) > 0
    error_message = "container_image must not be empty."
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

variable "schedule_expression" {
  description = "When the task runs, as an EventBridge Scheduler expression evaluated in UTC: rate(...), cron(...) or at(...)."
  type        = string

  validation {
    condition     = can(regex("^(rate|cron|at)\\(.+\\)$", var.schedule_expression))
    error_message = "schedule_expression must be rate(...), cron(...) or at(...)."
  }
}

variable "task_count" {
  description = "Number of tasks started on each run."
  type        = number
  default     = 1

  validation {
    condition     = var.task_count >= 1 && var.task_count <= 10 && floor(var.task_count) == var.task_count
    error_message = "task_count must be a whole number between 1 and 10."
  }
}

variable "use_spot" {
  description = "Run the tasks on Fargate Spot (interruptible, up to 70% cheaper) when the platform allows it: Fargate Spot runs X86_64 tasks only, so ARM64 tasks always run on Fargate. Only for work that tolerates interruption."
  type        = bool
  default     = true
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the log group and the schedule."
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
