variable "name" {
  description = "Name of the web ACL and prefix for the other names: lowercase letters, digits and hyphens."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$", var.name))
    error_message = "name must be 1-64 lowercase letters, digits or hyphens, not starting or ending with a hyphen."
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

variable "scope" {
  description = "REGIONAL (load balancers, API Gateway) or CLOUDFRONT (distributions; the module must then be given a us-east-1 provider)."
  type        = string
  default     = "REGIONAL"

  validation {
    condition     = contains(["REGIONAL", "CLOUDFRONT"], var.scope)
    error_message = "scope must be REGIONAL or CLOUDFRONT."
  }
}

variable "managed_rule_groups" {
  description = "AWS managed rule groups to evaluate, in order (e.g. AWSManagedRulesAmazonIpReputationList, AWSManagedRulesCommonRuleSet, AWSManagedRulesKnownBadInputsRuleSet). Groups that need login or registration page settings (ATP, ACFP) or client-side action settings (Anti-DDoS) are not supported."
  type        = list(string)

  validation {
    condition     = alltrue([for g in var.managed_rule_groups : can(regex("^AWSManagedRules[A-Za-z0-9]+$", g))])
    error_message = "Each managed rule group must be the name of an AWS managed rule group, such as AWSManagedRulesCommonRuleSet."
  }

  validation {
    condition     = length(setintersection(var.managed_rule_groups, ["AWSManagedRulesATPRuleSet", "AWSManagedRulesACFPRuleSet", "AWSManagedRulesAntiDDoSRuleSet"])) == 0
    error_message = "AWSManagedRulesATPRuleSet, AWSManagedRulesACFPRuleSet and AWSManagedRulesAntiDDoSRuleSet need application-specific settings and are not supported by this module."
  }

  validation {
    condition     = length(distinct(var.managed_rule_groups)) == length(var.managed_rule_groups) && length(var.managed_rule_groups) <= 20
    error_message = "managed_rule_groups must not repeat a group and may list at most 20 groups."
  }
}

variable "rate_limit" {
  description = "Requests per client IP address in any 5-minute window above which further requests from that address are blocked."
  type        = number
  default     = 2000

  validation {
    condition     = var.rate_limit >= 10 && var.rate_limit <= 2000000000 && floor(var.rate_limit) == var.rate_limit
    error_message = "rate_limit must be an integer between 10 and 2,000,000,000."
  }
}

variable "log_retention_days" {
  description = "Retention of the WAF log group in days (a value CloudWatch Logs accepts; 0 keeps logs forever)."
  type        = number
  default     = 365

  validation {
    condition     = contains([0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of the CloudWatch Logs retention periods (0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)."
  }
}

variable "kms_key_arn" {
  description = "ARN of the KMS key (in the web ACL's region) that encrypts the WAF log group; null uses CloudWatch Logs' default encryption."
  type        = string
  default     = null

  validation {
    condition     = var.kms_key_arn == null || can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID) or null."
  }
}
