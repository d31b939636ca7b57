variable "tags" {
  description = "Tags applied to the health checks (Name and cloudwright:component are added); Route 53 records take no tags."
  type        = map(string)
  default     = {}
}

variable "component_id" {
  description = "Id of the design component this module instance implements (tag cloudwright:component)."
  type        = string
}

variable "zone_id" {
  description = "ID of the existing Route 53 hosted zone that receives the records."
  type        = string

  validation {
    condition     = can(regex("^Z[A-Z0-9]{1,31}$", var.zone_id))
    error_message = "zone_id must be a Route 53 hosted zone ID such as Z0123456789ABCDEFGHIJ."
  }
}

variable "record_name" {
  description = "Name of the record, fully qualified (app.example.com) or relative to the zone (app)."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\\.?$", var.record_name))
    error_message = "record_name must be a lowercase DNS name."
  }
}

variable "routing" {
  description = "alias: A/AAAA alias records to the CDN; failover: primary/secondary alias records to the first two endpoints; latency: one latency record per endpoint (active/active); simple: one alias record to the only endpoint. failover and latency use HTTPS health checks; simple has none (nothing to fail over to)."
  type        = string

  validation {
    condition     = contains(["alias", "failover", "latency", "simple"], var.routing)
    error_message = "routing must be alias, failover, latency or simple."
  }

  validation {
    condition     = var.routing != "alias" || (var.cdn_domain_name != null && var.cdn_hosted_zone_id != null)
    error_message = "routing = alias needs cdn_domain_name and cdn_hosted_zone_id."
  }

  validation {
    condition     = var.routing != "failover" || length(var.endpoints) == 2
    error_message = "routing = failover needs exactly two endpoints: the primary first, then the secondary."
  }

  validation {
    condition     = var.routing != "simple" || length(var.endpoints) == 1
    error_message = "routing = simple needs exactly one endpoint."
  }

  validation {
    condition     = var.routing != "latency" || length(var.endpoints) >= 1
    error_message = "routing = latency needs at least one endpoint."
  }
}

variable "cdn_domain_name" {
  description = "Domain name of the CloudFront distribution (routing = alias)."
  type        = string
  default     = null
}

variable "cdn_hosted_zone_id" {
  description = "Route 53 hosted zone ID of the CloudFront distribution (routing = alias)."
  type        = string
  default     = null
}

variable "endpoints" {
  description = "Regional load balancers (routing = failover or latency), keyed by their region: dns_name and zone_id of the load balancer for the alias, health_check_fqdn the host name the HTTPS health check requests (SNI and Host). For failover the first endpoint is the primary."
  type = list(object({
    region            = string
    dns_name          = string
    zone_id           = string
    health_check_fqdn = string
  }))
  default = []

  validation {
    condition     = length(distinct([for e in var.endpoints : e.region])) == length(var.endpoints)
    error_message = "endpoints must not repeat a region."
  }

  validation {
    condition     = alltrue([for e in var.endpoints : can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", e.region))])
    error_message = "Each endpoint region must be an AWS region name such as eu-west-1."
  }
}

variable "health_check_path" {
  description = "Path the HTTPS health checks request (failover and latency routing)."
  type        = string
  default     = "/health"

  validation {
    condition     = startswith(var.health_check_path, "/") && length(var.health_check_path) <= 255
    error_message = "health_check_path must start with / and be at most 255 characters."
  }
}

variable "standby_open" {
  description = "With failover routing: whether DNS may send traffic to the secondary endpoint. While false its health check is inverted and DNS keeps answering with the primary, so traffic does not move before the standby's database has been promoted; set it to true to fail over."
  type        = bool
  default     = true
}
