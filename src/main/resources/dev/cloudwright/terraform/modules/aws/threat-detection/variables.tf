variable "name" {
  description = "Prefix for resource names: lowercase letters, digits and hyphens."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$", var.name))
    error_message = "name must be 1-40 lowercase letters, digits or hyphens, not starting or ending with a hyphen."
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

variable "enable_guardduty" {
  description = "Create a GuardDuty detector in the provider's region with S3, EKS audit log, runtime (EKS, ECS Fargate, EC2, agents managed by GuardDuty), EBS malware, RDS login and Lambda network protection. The region must not already have a detector (for example one managed by an AWS Organizations delegated administrator)."
  type        = bool
  default     = true
}

variable "enable_config" {
  description = "Turn on AWS Config in the provider's region: recorder of all supported resource types, delivery to config_bucket_name and a set of AWS managed security rules. The region must not already have a configuration recorder."
  type        = bool
  default     = false
}

variable "config_bucket_name" {
  description = "Name of the log bucket that receives AWS Config snapshots and history (under AWSLogs/<account>/Config/). Required when enable_config is true. Its bucket policy must allow config.amazonaws.com (s3:GetBucketAcl, s3:ListBucket, s3:PutObject with bucket-owner-full-control) or the recorder role written here."
  type        = string
  default     = null

  validation {
    condition     = var.config_bucket_name == null || can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.config_bucket_name))
    error_message = "config_bucket_name must be null or a valid S3 bucket name (3-63 lowercase letters, digits, dots and hyphens)."
  }

  validation {
    condition     = !var.enable_config || var.config_bucket_name != null
    error_message = "config_bucket_name is required when enable_config is true."
  }
}

variable "include_global_resources" {
  description = "With enable_config: record global resource types (IAM users, groups, roles, policies) and evaluate the account-level IAM rules in this region. Set it to true in exactly one region of the account, false in the others, to avoid duplicate configuration items and findings."
  type        = bool
  default     = true
}

variable "enable_security_hub" {
  description = "Enable Security Hub in the provider's region (consolidated control findings, no default standards) and subscribe to security_hub_standards. Most Security Hub controls evaluate AWS Config rules, so AWS Config must record in the region."
  type        = bool
  default     = false
}

variable "security_hub_standards" {
  description = "Security Hub standards to subscribe to, as ARNs without region (standards/aws-foundational-security-best-practices/v/1.0.0, standards/cis-aws-foundations-benchmark/v/3.0.0, standards/pci-dss/v/4.0.1, standards/nist-800-53/v/5.0.0), the region-less CIS 1.2.0 ruleset (ruleset/cis-aws-foundations-benchmark/v/1.2.0), or full standard ARNs."
  type        = list(string)
  default     = []

  validation {
    condition = alltrue([
      for s in var.security_hub_standards : can(regex("^((standards|ruleset)/[a-z0-9-]+/v/[0-9.]+|arn:aws[a-z-]*:securityhub:[a-z0-9-]*::(standards|ruleset)/[a-z0-9-]+/v/[0-9.]+)$", s))
    ])
    error_message = "Each entry of security_hub_standards must be standards/<name>/v/<version>, ruleset/<name>/v/<version> or a full Security Hub standard ARN."
  }

  validation {
    condition     = length(distinct(var.security_hub_standards)) == length(var.security_hub_standards)
    error_message = "security_hub_standards must not list a standard twice."
  }
}
