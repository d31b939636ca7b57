variable "zone_name" {
  type = string
}

variable "private_zone_vpc_ids" {
  description = "When non-empty, the zone is private and associated with these VPCs (region => vpc id)."
  type        = map(string)
  default     = {}
}

variable "simple_records" {
  type = map(object({
    type    = string
    ttl     = optional(number, 300)
    records = list(string)
  }))
  default = {}
}

variable "alias_records" {
  type = map(object({
    type                   = optional(string, "A")
    target_dns_name        = string
    target_zone_id         = string
    evaluate_target_health = optional(bool, true)
  }))
  default = {}
}

variable "failover" {
  description = "Primary/secondary failover pair."
  type = object({
    name             = string
    primary_ip       = string
    secondary_ip     = string
    health_check_path = optional(string, "/health")
  })
  default = null
}

variable "weighted" {
  type = map(object({
    name    = string
    targets = map(number) # ip => weight
  }))
  default = {}
}

variable "latency_endpoints" {
  description = "Region => ALB endpoint (dns name + zone id)."
  type = map(object({
    dns_name = string
    zone_id  = string
  }))
  default = {}
}

variable "latency_record_name" {
  type    = string
  default = "api"
}

variable "tags" {
  type    = map(string)
  default = {}
}
