variable "name_prefix" {
  description = "Prefix for resource names, e.g. brightcart-prod."
  type        = string
}

variable "hosted_zone_id" {
  description = "Public Route 53 hosted zone that holds the shop's records."
  type        = string
}

variable "aliases" {
  description = "Public hostnames served by the distribution (apex and www)."
  type        = list(string)
}

variable "certificate_arn" {
  description = "ACM certificate in us-east-1 covering every alias."
  type        = string

  validation {
    condition     = startswith(var.certificate_arn, "arn:aws:acm:us-east-1:")
    error_message = "CloudFront only accepts ACM certificates from us-east-1."
  }
}

variable "origin_hostnames" {
  description = "Origin hostname of each service's load balancer: service => hostname."
  type        = map(string)
}

variable "load_balancers" {
  description = "DNS name and hosted zone of each service's load balancer: service => { dns_name, zone_id }."
  type = map(object({
    dns_name = string
    zone_id  = string
  }))
}

variable "default_origin" {
  description = "Service that receives every request not matched by service_paths."
  type        = string
  default     = "web"
}

variable "service_paths" {
  description = "Path patterns routed to a service other than the default one: service => patterns."
  type        = map(list(string))
  default     = {}
}

variable "assets_bucket_name" {
  description = "Name of the S3 bucket with static assets."
  type        = string
}

variable "assets_bucket_regional_domain_name" {
  description = "Regional domain name of the assets bucket."
  type        = string
}

variable "assets_path" {
  description = "Path pattern served from the assets bucket."
  type        = string
  default     = "/assets/*"
}

variable "price_class" {
  description = "CloudFront price class (edge locations used)."
  type        = string
  default     = "PriceClass_100"
}

variable "rate_limit_per_ip" {
  description = "Requests per IP in any 5-minute window before WAF blocks it."
  type        = number
  default     = 2000
}
