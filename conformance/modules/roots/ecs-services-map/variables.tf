variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "project" {
  type = string
}

variable "environment" {
  type = string
}

variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "zone_count" {
  type    = number
  default = 3
}

variable "image_registry" {
  type = string
}

variable "services" {
  type = map(object({
    image_tag     = optional(string, "latest")
    port          = optional(number, 8080)
    cpu           = optional(number, 256)
    memory        = optional(number, 512)
    desired_count = optional(number, 2)
    max_count     = optional(number, 6)
    path_pattern  = optional(string)
    priority      = optional(number)
    health_path   = optional(string, "/health")
    environment   = optional(map(string), {})
  }))
}
