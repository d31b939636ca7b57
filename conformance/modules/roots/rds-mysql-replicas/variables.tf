variable "region" {
  type    = string
  default = "ap-south-1"
}

variable "name" {
  type    = string
  default = "catalog"
}

variable "engine_version" {
  type    = string
  default = "8.0.39"
}

variable "instance_class" {
  type    = string
  default = "db.m6g.large"
}

variable "replica_instance_class" {
  type    = string
  default = null
}

variable "read_replicas" {
  type    = number
  default = 0
}

variable "multi_az" {
  type    = bool
  default = false
}
