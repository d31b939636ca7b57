variable "name" {
  type = string
}

variable "ami_ssm_parameter" {
  type    = string
  default = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
}

variable "ami_id" {
  description = "Explicit AMI ID; overrides the SSM lookup."
  type        = string
  default     = ""
}

variable "instance_types" {
  description = "Instance types with their weighted capacity, in priority order."
  type = list(object({
    type   = string
    weight = optional(number, 1)
  }))
  default = [
    { type = "m7g.large" },
    { type = "m6g.large" },
    { type = "c7g.xlarge", weight = 2 },
  ]
}

variable "on_demand_base" {
  type    = number
  default = 1
}

variable "on_demand_percentage_above_base" {
  type    = number
  default = 25

  validation {
    condition     = var.on_demand_percentage_above_base >= 0 && var.on_demand_percentage_above_base <= 100
    error_message = "Percentage must be between 0 and 100."
  }
}

variable "min_size" {
  type    = number
  default = 1
}

variable "max_size" {
  type    = number
  default = 6
}

variable "subnet_ids" {
  type = list(string)
}

variable "security_group_ids" {
  type = list(string)
}

variable "target_group_arns" {
  type    = list(string)
  default = []
}

variable "app_config" {
  type = object({
    port        = number
    environment = string
    packages    = list(string)
    extra_files = optional(map(string), {})
  })
}

variable "root_volume_size" {
  type    = number
  default = 30
}

variable "tags" {
  type    = map(string)
  default = {}
}
