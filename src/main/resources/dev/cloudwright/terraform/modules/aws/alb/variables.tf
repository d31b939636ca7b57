variable "name" {
  description = "Name of the load balancer and prefix for the other names: lowercase letters, digits and hyphens, at most 32 characters (the load balancer name limit)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$", var.name)) && !startswith(var.name, "internal-")
    error_message = "name must be 1-32 lowercase letters, digits or hyphens, not starting or ending with a hyphen nor starting with internal-."
  }
}

variable "tags" {
  description = "Tags applied to every taggable resource (Name and cloudwright:component are added)."
  type        = map(string)
  default     = {}
}

variable "component_id" {
  description = "Id of the design component this module instance implements (tag cloudwright:component)."
  type        = string
}

variable "vpc_id" {
  description = "ID of the VPC of the load balancer and its target group."
  type        = string
}

variable "public_subnet_ids" {
  description = "IDs of the public subnets the load balancer spans (at least two, in different zones)."
  type        = list(string)

  validation {
    condition     = length(var.public_subnet_ids) >= 2
    error_message = "An application load balancer needs at least two subnets in different availability zones."
  }
}

variable "certificate_arn" {
  description = "ARN of the ACM certificate of the HTTPS listener (in the load balancer's region)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN."
  }
}

variable "app_port" {
  description = "Port the targets listen on (HTTP between the load balancer and the targets, inside the VPC)."
  type        = number

  validation {
    condition     = var.app_port >= 1 && var.app_port <= 65535 && floor(var.app_port) == var.app_port
    error_message = "app_port must be an integer between 1 and 65535."
  }
}

variable "target_type" {
  description = "Target type of the target group: ip (Fargate tasks, awsvpc networking) or instance (EC2 instances)."
  type        = string
  default     = "ip"

  validation {
    condition     = contains(["ip", "instance"], var.target_type)
    error_message = "target_type must be ip or instance."
  }
}

variable "health_check_path" {
  description = "HTTP path of the target health check."
  type        = string
  default     = "/health"

  validation {
    condition     = startswith(var.health_check_path, "/") && length(var.health_check_path) <= 1024
    error_message = "health_check_path must start with / and be at most 1024 characters."
  }
}

variable "ingress_cidrs" {
  description = "IPv4 CIDR blocks allowed to reach the load balancer on 443 (and on 80, which only redirects to HTTPS)."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = length(var.ingress_cidrs) > 0 && alltrue([for c in var.ingress_cidrs : can(cidrnetmask(c))])
    error_message = "ingress_cidrs must be a non-empty list of IPv4 CIDR blocks."
  }
}

variable "web_acl_arn" {
  description = "ARN of a REGIONAL WAFv2 web ACL to associate with the load balancer; null for none."
  type        = string
  default     = null

  validation {
    condition     = var.web_acl_arn == null || can(regex("^arn:aws[a-z-]*:wafv2:[a-z0-9-]+:[0-9]{12}:regional/webacl/.+$", var.web_acl_arn))
    error_message = "web_acl_arn must be the ARN of a REGIONAL WAFv2 web ACL."
  }
}

variable "attach_web_acl" {
  description = "Not in the contract: whether to associate web_acl_arn with the load balancer. null decides from web_acl_arn != null, which is only possible when the ARN is a literal; set true when web_acl_arn comes from another module's output (known only after apply), so that the association's count is known at plan time."
  type        = bool
  default     = null

  validation {
    condition     = var.attach_web_acl != true || var.web_acl_arn != null
    error_message = "attach_web_acl = true needs web_acl_arn."
  }
}

variable "access_logs_bucket" {
  description = "Name of the S3 bucket receiving the access logs (its policy must allow ELB log delivery and it must use SSE-S3); null disables access logs."
  type        = string
  default     = null

  validation {
    condition     = var.access_logs_bucket == null || can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.access_logs_bucket))
    error_message = "access_logs_bucket must be an S3 bucket name."
  }
}

variable "deletion_protection" {
  description = "Whether the load balancer is protected against deletion."
  type        = bool
  default     = true
}
