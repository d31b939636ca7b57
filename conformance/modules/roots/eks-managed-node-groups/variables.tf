variable "region" {
  type    = string
  default = "eu-west-2"
}

variable "cluster_name" {
  type = string
}

variable "kubernetes_version" {
  type    = string
  default = "1.33"
}

variable "vpc_cidr" {
  type    = string
  default = "10.40.0.0/16"
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["203.0.113.0/24"]
}

variable "admin_role_arn" {
  type = string
}

variable "viewer_role_arn" {
  type    = string
  default = null
}

variable "node_groups" {
  type    = any
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
