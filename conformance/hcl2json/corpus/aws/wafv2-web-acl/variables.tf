variable "name" {
  type = string
}

variable "scope" {
  type    = string
  default = "REGIONAL"

  validation {
    condition     = var.scope == "REGIONAL" || var.scope == "CLOUDFRONT"
    error_message = "scope must be REGIONAL or CLOUDFRONT."
  }
}

variable "managed_rule_groups" {
  description = "AWS managed rule groups in priority order, with optional rule overrides."
  type = list(object({
    name            = string
    vendor          = optional(string, "AWSManagedRulesCommonRuleSet")
    version         = optional(string)
    count_rules     = optional(list(string), [])
    override_to_count = optional(bool, false)
    excluded_paths  = optional(list(string), [])
  }))
  default = [
    { name = "AWSManagedRulesCommonRuleSet", count_rules = ["SizeRestrictions_BODY", "GenericRFI_BODY"] },
    { name = "AWSManagedRulesKnownBadInputsRuleSet" },
    { name = "AWSManagedRulesSQLiRuleSet", excluded_paths = ["/api/search"] },
    { name = "AWSManagedRulesAmazonIpReputationList" },
    { name = "AWSManagedRulesAnonymousIpList", override_to_count = true },
  ]
}

variable "rate_limit_per_5m" {
  type    = number
  default = 2000
}

variable "blocked_countries" {
  type    = list(string)
  default = []
}

variable "allowed_ip_cidrs" {
  type    = list(string)
  default = []
}

variable "resource_arns" {
  description = "Regional resources (ALB, API Gateway stage) to associate."
  type        = list(string)
  default     = []
}

variable "log_retention_days" {
  type    = number
  default = 30
}

variable "tags" {
  type    = map(string)
  default = {}
}
