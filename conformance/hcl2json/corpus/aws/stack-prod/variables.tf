variable "account_id" {
  type = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "account_id must be a 12-digit AWS account ID."
  }
}

variable "dns_account_id" {
  type = string
}

variable "deploy_role_name" {
  type    = string
  default = "terraform-deploy"
}

variable "external_id" {
  type      = string
  sensitive = true
  default   = null
}

variable "primary_region" {
  type    = string
  default = "eu-central-1"
}

variable "dr_region" {
  type    = string
  default = "eu-west-1"

  validation {
    condition     = var.dr_region != var.primary_region
    error_message = "The DR region must differ from the primary region."
  }
}

variable "environment" {
  type    = string
  default = "prod"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "domain" {
  type    = string
  default = "example.com"
}

variable "services" {
  description = "Containerised services deployed on ECS."
  type = map(object({
    image          = string
    cpu            = optional(number, 512)
    memory         = optional(number, 1024)
    port           = optional(number, 8080)
    desired_count  = optional(number, 2)
    path_patterns  = list(string)
    priority       = number
    public         = optional(bool, true)
    env            = optional(map(string), {})
    secrets        = optional(map(string), {})
    autoscaling = optional(object({
      min = number
      max = number
      cpu = optional(number, 60)
    }), { min = 2, max = 6 })
  }))
}

variable "vpcs" {
  description = "VPCs to create, keyed by purpose."
  type = map(object({
    cidr     = string
    az_count = optional(number, 3)
    nat_mode = optional(string, "per_az")
  }))
  default = {
    app = { cidr = "10.40.0.0/16" }
    ops = { cidr = "10.41.0.0/20", az_count = 2, nat_mode = "single" }
  }
}

variable "feature_flags" {
  type = object({
    waf        = optional(bool, true)
    cloudfront = optional(bool, true)
    eks        = optional(bool, false)
    dr_copy    = optional(bool, true)
  })
  default = {}
}

variable "owners" {
  type    = list(string)
  default = ["platform-team@example.com"]
}
