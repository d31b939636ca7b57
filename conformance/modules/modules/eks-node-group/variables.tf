variable "create" {
  type    = bool
  default = true
}

variable "region" {
  type    = string
  default = null
}

variable "name" {
  type = string
}

variable "cluster_name" {
  type = string
}

variable "cluster_version" {
  type    = string
  default = null
}

variable "partition" {
  type    = string
  default = "aws"
}

variable "subnet_ids" {
  type = list(string)
}

variable "instance_types" {
  type    = list(string)
  default = null
}

variable "capacity_type" {
  type    = string
  default = "ON_DEMAND"
}

variable "ami_type" {
  type    = string
  default = null
}

variable "min_size" {
  type    = number
  default = 1
}

variable "max_size" {
  type    = number
  default = 3
}

variable "desired_size" {
  type    = number
  default = null
}

variable "disk_size" {
  type    = number
  default = null
}

variable "max_unavailable_percentage" {
  type    = number
  default = 33
}

variable "labels" {
  type    = map(string)
  default = null
}

variable "taints" {
  type = map(object({
    key    = string
    value  = optional(string)
    effect = string
  }))
  default  = {}
  nullable = false
}

variable "tags" {
  type    = map(string)
  default = {}
}
