variable "name_prefix" {
  description = "Prefix for resource names, e.g. brightcart-prod."
  type        = string
}

variable "service_name" {
  description = "Name of the service (web, api); also the container name."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,11}$", var.service_name))
    error_message = "service_name must be 2-12 lowercase letters, digits or hyphens (ALB and target group names are limited to 32 characters)."
  }
}

variable "vpc_id" {
  description = "VPC of the load balancer and tasks."
  type        = string
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC; the ALB may only send traffic into it."
  type        = string
}

variable "public_subnets" {
  description = "Public subnets (one per AZ) for the internet-facing ALB."
  type        = list(string)
}

variable "app_subnets" {
  description = "Private subnets (one per AZ) for the Fargate tasks."
  type        = list(string)
}

variable "certificate_arn" {
  description = "ACM certificate for the HTTPS listener."
  type        = string
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "alb_ingress_cidrs" {
  description = "IPv4 ranges allowed to reach the ALB listeners."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "alb_listener_ports" {
  description = "Listener ports opened on the ALB security group, by protocol."
  type        = map(number)
  default = {
    http  = 80
    https = 443
  }
}

variable "image" {
  description = "Container image (ECR URI with an immutable tag)."
  type        = string
}

variable "cpu" {
  description = "Task CPU units (1024 = 1 vCPU)."
  type        = number
  default     = 512
}

variable "memory" {
  description = "Task memory in MiB."
  type        = number
  default     = 1024
}

variable "container_port" {
  description = "Port the container listens on."
  type        = number
}

variable "health_check_path" {
  description = "HTTP path the target group and the container health check probe."
  type        = string
  default     = "/healthz"
}

variable "desired_count" {
  description = "Initial number of tasks (autoscaling adjusts it afterwards)."
  type        = number
  default     = 2
}

variable "min_capacity" {
  description = "Lower bound of the autoscaling target."
  type        = number
  default     = 2
}

variable "max_capacity" {
  description = "Upper bound of the autoscaling target."
  type        = number
  default     = 10
}

variable "cpu_target" {
  description = "Average CPU utilisation (percent) that target tracking keeps the service at."
  type        = number
  default     = 60
}

variable "requests_per_target" {
  description = "ALB requests per target per minute that the second target-tracking policy aims for."
  type        = number
  default     = 1000
}

variable "log_retention" {
  description = "Days to keep container logs."
  type        = number
  default     = 90
}

variable "environment" {
  description = "Plain environment variables of the container."
  type        = map(string)
  default     = {}
}

variable "secrets" {
  description = "Environment variables filled from Secrets Manager: name => secret ARN."
  type        = map(string)
  default     = {}
}

variable "extra_security_group_ids" {
  description = "Additional security groups for the tasks (e.g. the data-clients group)."
  type        = list(string)
  default     = []
}

variable "kms_key_arn" {
  description = "KMS key that encrypts the secrets and the cart table."
  type        = string
}

variable "cart_table_arn" {
  description = "DynamoDB cart table that the tasks read and write."
  type        = string
}

variable "assets_bucket_arn" {
  description = "S3 bucket of product images and static assets."
  type        = string
}
