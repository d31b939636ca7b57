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

variable "create_launch_template" {
  type    = bool
  default = true
}

variable "launch_template_id" {
  type    = string
  default = null
}

variable "launch_template_version" {
  type    = string
  default = null
}

variable "launch_template_description" {
  type    = string
  default = null
}

variable "image_id" {
  type    = string
  default = null
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "key_name" {
  type    = string
  default = null
}

variable "user_data" {
  description = "Base64-encoded user data."
  type        = string
  default     = null
}

variable "security_groups" {
  type    = list(string)
  default = []
}

variable "ebs_optimized" {
  type    = bool
  default = null
}

variable "enable_monitoring" {
  type    = bool
  default = true
}

variable "iam_instance_profile_name" {
  type    = string
  default = null
}

variable "block_device_mappings" {
  type = list(object({
    device_name = string
    volume_size = optional(number, 20)
    volume_type = optional(string, "gp3")
    encrypted   = optional(bool, true)
  }))
  default = []
}

variable "create_group" {
  type    = bool
  default = true
}

variable "min_size" {
  type    = number
  default = 1
}

variable "max_size" {
  type    = number
  default = 3
}

variable "desired_capacity" {
  type    = number
  default = null
}

variable "vpc_zone_identifier" {
  type    = list(string)
  default = null
}

variable "target_group_arns" {
  type    = list(string)
  default = []
}

variable "health_check_type" {
  type    = string
  default = "EC2"
}

variable "health_check_grace_period" {
  type    = number
  default = 300
}

variable "default_instance_warmup" {
  type    = number
  default = null
}

variable "mixed_instances_policy" {
  type = object({
    instance_types                           = list(string)
    on_demand_base_capacity                  = optional(number, 0)
    on_demand_percentage_above_base_capacity = optional(number, 100)
    spot_allocation_strategy                 = optional(string, "price-capacity-optimized")
  })
  default = null
}

variable "instance_refresh" {
  type = object({
    strategy               = optional(string, "Rolling")
    min_healthy_percentage = optional(number, 90)
  })
  default = null
}

variable "scaling_policies" {
  type = map(object({
    predefined_metric_type = string
    target_value           = number
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "autoscaling_group_tags" {
  type    = map(string)
  default = {}
}
