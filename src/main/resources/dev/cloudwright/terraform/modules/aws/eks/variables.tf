variable "name" {
  description = "Name of the cluster and prefix of the other resource names. Lowercase letters, digits and hyphens, at most 38 characters (IAM role names add the region and a suffix)."
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

variable "kubernetes_version" {
  description = "Kubernetes minor version of the control plane and the node group, for example 1.33."
  type        = string
  default     = "1.33"

  validation {
    condition     = can(regex("^1\\.[0-9]{2}$", var.kubernetes_version))
    error_message = "kubernetes_version must be a Kubernetes minor version such as 1.33."
  }
}

variable "subnet_ids" {
  description = "Private subnets of the control-plane network interfaces and the nodes, in at least two availability zones."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must name at least two subnets (EKS requires two availability zones)."
  }
}

variable "instance_types" {
  description = "EC2 instance types of the managed node group, all of one architecture (Graviton types such as m7g.large run the ARM64 AMI)."
  type        = list(string)

  validation {
    condition     = length(var.instance_types) > 0 && length(distinct([for t in var.instance_types : can(regex("^([a-z]+[0-9]+g[a-z-]*|a1)\\.", t))])) == 1
    error_message = "instance_types must name at least one instance type, all Graviton (arm64) or all x86_64."
  }
}

variable "desired_size" {
  description = "Number of nodes when the node group is created; later changes (by an autoscaler) are left alone."
  type        = number

  validation {
    condition     = var.desired_size >= 0 && floor(var.desired_size) == var.desired_size
    error_message = "desired_size must be a whole number of at least 0."
  }
}

variable "min_size" {
  description = "Minimum number of nodes."
  type        = number

  validation {
    condition     = var.min_size >= 0 && floor(var.min_size) == var.min_size
    error_message = "min_size must be a whole number of at least 0."
  }
}

variable "max_size" {
  description = "Maximum number of nodes."
  type        = number

  validation {
    condition     = var.max_size >= 1 && floor(var.max_size) == var.max_size
    error_message = "max_size must be a whole number of at least 1."
  }
}

variable "capacity_type" {
  description = "Purchase option of the nodes: ON_DEMAND or SPOT."
  type        = string
  default     = "ON_DEMAND"

  validation {
    condition     = contains(["ON_DEMAND", "SPOT"], var.capacity_type)
    error_message = "capacity_type must be ON_DEMAND or SPOT."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts Kubernetes secrets (envelope encryption), the control-plane log group and the nodes' volumes."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)."
  }
}

variable "endpoint_public_access" {
  description = "Expose the Kubernetes API endpoint on the internet (IAM-authenticated) as well as inside the VPC. Off by default: the endpoint is private."
  type        = bool
  default     = false
}

variable "log_retention_days" {
  description = "Retention of the control-plane log group in days (a value CloudWatch Logs accepts)."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653."
  }
}
