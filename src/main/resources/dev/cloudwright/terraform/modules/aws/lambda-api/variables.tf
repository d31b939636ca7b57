variable "name" {
  description = "Name of the function and the API, and prefix of the other resource names. Lowercase letters, digits and hyphens, at most 38 characters (IAM role names add the region and a suffix)."
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

variable "memory_mb" {
  description = "Memory of the function in MB (CPU is allocated in proportion)."
  type        = number

  validation {
    condition     = var.memory_mb >= 128 && var.memory_mb <= 10240 && floor(var.memory_mb) == var.memory_mb
    error_message = "memory_mb must be a whole number between 128 and 10240."
  }
}

variable "timeout_seconds" {
  description = "Function timeout in seconds. API Gateway waits at most 30 seconds for a response."
  type        = number

  validation {
    condition     = var.timeout_seconds >= 1 && var.timeout_seconds <= 900 && floor(var.timeout_seconds) == var.timeout_seconds
    error_message = "timeout_seconds must be a whole number between 1 and 900."
  }
}

variable "architecture" {
  description = "Instruction set of the function: arm64 (Graviton) or x86_64."
  type        = string
  default     = "arm64"

  validation {
    condition     = contains(["arm64", "x86_64"], var.architecture)
    error_message = "architecture must be arm64 or x86_64."
  }
}

variable "runtime" {
  description = "Lambda runtime of the function: a Python (python3.x) or Node.js (nodejs<version>.x) runtime, for which the module packages a placeholder handler."
  type        = string
  default     = "python3.13"

  validation {
    condition     = can(regex("^(python3\\.[0-9]+|nodejs[0-9]+\\.x)$", var.runtime))
    error_message = "runtime must be a Python (python3.x) or Node.js (nodejs<version>.x) runtime."
  }
}

variable "reserved_concurrency" {
  description = "Concurrent executions reserved for (and limiting) the function; -1 leaves it unreserved, 0 stops all invocations."
  type        = number
  default     = -1

  validation {
    condition     = var.reserved_concurrency >= -1 && floor(var.reserved_concurrency) == var.reserved_concurrency
    error_message = "reserved_concurrency must be -1 (unreserved) or a whole number of at least 0."
  }
}

variable "subnet_ids" {
  description = "Private subnets to attach the function to; empty runs the function outside any VPC. Requires vpc_id."
  type        = list(string)
  default     = []
}

variable "vpc_id" {
  description = "ID of the VPC of subnet_ids, for the function's security group; null when the function is not in a VPC."
  type        = string
  default     = null

  validation {
    condition     = var.vpc_id == null || can(regex("^vpc-[0-9a-f]+$", var.vpc_id))
    error_message = "vpc_id must be null or a VPC ID (vpc-...)."
  }
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC, for a function in a VPC. The function may open TCP connections to any address in it (data stores, whose own security groups decide what they accept); when null, to the private RFC 1918 ranges instead. Outside the network it may only reach HTTPS endpoints."
  type        = string
  default     = null

  validation {
    condition     = var.vpc_cidr == null || can(cidrhost(var.vpc_cidr, 0))
    error_message = "vpc_cidr must be an IPv4 CIDR block such as 10.0.0.0/16."
  }
}

variable "environment" {
  description = "Environment variables of the function (name -> value), encrypted with kms_key_arn. Never put secrets here: read them from Secrets Manager at run time."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for k in keys(var.environment) : can(regex("^[A-Za-z][A-Za-z0-9_]*$", k))])
    error_message = "environment variable names must start with a letter and consist of letters, digits and underscores."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the environment variables and both log groups."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)."
  }
}

variable "log_retention_days" {
  description = "Retention of the function and API access log groups in days (a value CloudWatch Logs accepts)."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}

variable "throttle_rate_limit" {
  description = "Steady-state requests per second the API stage accepts before throttling (HTTP 429)."
  type        = number
  default     = 1000

  validation {
    condition     = var.throttle_rate_limit > 0
    error_message = "throttle_rate_limit must be greater than 0."
  }
}

variable "throttle_burst_limit" {
  description = "Burst of concurrent requests the API stage accepts above the rate limit."
  type        = number
  default     = 2000

  validation {
    condition     = var.throttle_burst_limit >= 1 && floor(var.throttle_burst_limit) == var.throttle_burst_limit
    error_message = "throttle_burst_limit must be a whole number of at least 1."
  }
}

variable "secret_arns" {
  description = "Secrets the function reads at run time (environment variable name -> secret ARN): each ARN is passed in that environment variable and the role may read exactly these secrets."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for arn in values(var.secret_arns) : can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:", arn))])
    error_message = "secret_arns values must be Secrets Manager secret ARNs."
  }
}

variable "origin_domain_name" {
  description = "Custom domain name the CDN reaches the API by (the same in every region; a DNS record outside the module points it at a region). Set, it also disables the execute-api endpoint, so requests come through the CDN's name; null leaves the API on its execute-api endpoint."
  type        = string
  default     = null
}

variable "regional_domain_name" {
  description = "This region's own custom domain name for the API, for health checks; the module creates its alias record in zone_id. Needed with origin_domain_name."
  type        = string
  default     = null
}

variable "certificate_arn" {
  description = "ARN of an ACM certificate in this region covering origin_domain_name and regional_domain_name."
  type        = string
  default     = null
}

variable "zone_id" {
  description = "Route 53 hosted zone of regional_domain_name."
  type        = string
  default     = null
}
