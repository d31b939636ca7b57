variable "project" {
  description = "Short project name, used as the first part of every resource name."
  type        = string
  default     = "brightcart"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,15}$", var.project))
    error_message = "project must be 3-16 characters of lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "environment" {
  description = "Deployment environment."
  type        = string
  default     = "staging"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be one of dev, staging or prod."
  }
}

variable "region" {
  description = "Primary AWS region that serves customer traffic."
  type        = string
  default     = "eu-west-1"
}

variable "dr_region" {
  description = "Disaster-recovery AWS region that holds copies of the data (S3 replica, backup copies, secret replicas)."
  type        = string
  default     = "eu-central-1"

  validation {
    condition     = can(regex("^[a-z]{2}-[a-z]+-[0-9]$", var.dr_region))
    error_message = "dr_region must be an AWS region name such as eu-central-1."
  }
}

variable "cost_center" {
  description = "Cost centre that the stack is charged to (CostCenter tag)."
  type        = string
  default     = "ecommerce"
}

variable "owner" {
  description = "Team that owns the stack (Owner tag)."
  type        = string
  default     = "platform-team"
}

variable "vpc_cidr" {
  description = "IPv4 CIDR block of the shop VPC (a /16 is carved into public, private and data subnets)."
  type        = string
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && endswith(var.vpc_cidr, "/16")
    error_message = "vpc_cidr must be a valid IPv4 /16 CIDR block."
  }
}

variable "azs" {
  description = "Availability zones to spread subnets, NAT gateways and tasks over (listed explicitly so the layout is known before apply)."
  type        = list(string)
  default     = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

  validation {
    condition     = length(var.azs) >= 2 && length(var.azs) <= 4
    error_message = "Use between two and four availability zones."
  }
}

variable "domain_name" {
  description = "Public domain name of the shop; CloudFront answers for it and for www."
  type        = string
  default     = "brightcart.example.com"
}

variable "hosted_zone_id" {
  description = "ID of the existing public Route 53 hosted zone for domain_name."
  type        = string
  default     = "Z04417263HZQ8EXAMPLE"
}

variable "alb_certificate_arn" {
  description = "ARN of the ACM certificate (in the primary region) for the origin hostnames on the load balancers."
  type        = string
  default     = "arn:aws:acm:eu-west-1:111122223333:certificate/3f1c2a9e-7b55-4c1e-9d8a-0c6e2f4b7a11"
}

variable "cloudfront_certificate_arn" {
  description = "ARN of the ACM certificate in us-east-1 for the public hostnames served by CloudFront."
  type        = string
  default     = "arn:aws:acm:us-east-1:111122223333:certificate/8a2d4e6f-1b3c-4d5e-8f90-a1b2c3d4e5f6"
}

variable "services" {
  description = "Container services of the shop, each with its own ALB, ECS cluster and autoscaling, keyed by service name."
  type = map(object({
    image             = string
    cpu               = number
    memory            = number
    container_port    = number
    health_check_path = string
    desired_count     = number
    min_capacity      = number
    max_capacity      = number
    cpu_target        = optional(number, 60)
    environment       = optional(map(string), {})
  }))
  default = {
    web = {
      image             = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/brightcart/storefront:2024.11.3"
      cpu               = 1024
      memory            = 2048
      container_port    = 3000
      health_check_path = "/healthz"
      desired_count     = 3
      min_capacity      = 3
      max_capacity      = 12
      environment = {
        NODE_ENV = "production"
      }
    }
    api = {
      image             = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/brightcart/commerce-api:2024.11.3"
      cpu               = 1024
      memory            = 2048
      container_port    = 8080
      health_check_path = "/actuator/health"
      desired_count     = 3
      min_capacity      = 3
      max_capacity      = 20
      cpu_target        = 55
      environment = {
        SPRING_PROFILES_ACTIVE = "prod"
      }
    }
  }

  validation {
    condition     = alltrue([for s in values(var.services) : s.min_capacity <= s.desired_count && s.desired_count <= s.max_capacity])
    error_message = "Each service needs min_capacity <= desired_count <= max_capacity."
  }

  validation {
    condition     = contains(keys(var.services), "web")
    error_message = "A service named \"web\" is required: it is CloudFront's default origin."
  }
}

variable "alb_ingress_cidrs" {
  description = "IPv4 ranges allowed to reach the load balancers on 80/443."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "aurora_engine_version" {
  description = "Aurora PostgreSQL engine version."
  type        = string
  default     = "16.4"
}

variable "aurora_instance_class" {
  description = "Instance class of the Aurora writer and reader."
  type        = string
  default     = "db.r7g.large"
}

variable "aurora_instance_count" {
  description = "Number of Aurora instances (one writer plus readers, spread over the AZs)."
  type        = number
  default     = 2

  validation {
    condition     = var.aurora_instance_count >= 2
    error_message = "Production needs at least two Aurora instances for Multi-AZ failover."
  }
}

variable "cache_node_type" {
  description = "ElastiCache node type for the session and catalogue cache."
  type        = string
  default     = "cache.r7g.large"
}

variable "backup_retention_days" {
  description = "Days to keep Aurora automated backups (also the local AWS Backup retention)."
  type        = number
  default     = 14

  validation {
    condition     = var.backup_retention_days >= 7 && var.backup_retention_days <= 35
    error_message = "backup_retention_days must be between 7 and 35."
  }
}

variable "dr_backup_retention_days" {
  description = "Days to keep backup copies in the disaster-recovery vault."
  type        = number
  default     = 35
}

variable "log_retention_days" {
  description = "Retention of application, flow and trail log groups in CloudWatch Logs."
  type        = number
  default     = 90
}

variable "alert_email" {
  description = "Address subscribed to the operations alert topic."
  type        = string
  default     = "oncall@brightcart.example.com"
}

variable "extra_tags" {
  description = "Additional tags applied to every resource."
  type        = map(string)
  default     = {}
}
