variable "domain_name" {
  description = "Fully qualified domain name of the certificate (a wildcard such as *.example.com is allowed)."
  type        = string

  validation {
    condition     = can(regex("^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.domain_name))
    error_message = "domain_name must be a lowercase fully qualified domain name, optionally starting with *."
  }
}

variable "subject_alternative_names" {
  description = "Additional names on the certificate. All names must be in the hosted zone given by zone_id, which holds the DNS validation records."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for n in var.subject_alternative_names : can(regex("^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", n))])
    error_message = "Each subject alternative name must be a lowercase fully qualified domain name, optionally starting with *."
  }

  validation {
    condition     = length(var.subject_alternative_names) <= 99
    error_message = "An ACM certificate holds at most 100 names: domain_name and 99 alternative names (the default quota is 10 names; it can be raised)."
  }
}

variable "zone_id" {
  description = "ID of the public Route 53 hosted zone in which the DNS validation records are created."
  type        = string

  validation {
    condition     = can(regex("^Z[A-Z0-9]{1,31}$", var.zone_id))
    error_message = "zone_id must be a Route 53 hosted zone ID such as Z0123456789ABCDEFGHIJ."
  }
}

variable "tags" {
  description = "Tags applied to the certificate (Name and, when component_id is set, cloudwright:component are added)."
  type        = map(string)
  default     = {}
}

variable "component_id" {
  description = "Id of the design component this certificate belongs to (tag cloudwright:component); null leaves the tag out. Not in the contract: optional addition so the certificate is tagged like every other resource."
  type        = string
  default     = null
}
