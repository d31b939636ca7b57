variable "project_id" {
  type = string
}

variable "name" {
  type = string
}

variable "region" {
  type = string
}

variable "subnetwork" {
  type = string
}

variable "machine_type" {
  type    = string
  default = "e2-standard-2"
}

variable "autoscaling" {
  type = object({
    min                 = number
    max                 = number
    cpu_target          = optional(number, 0.6)
    cooldown_period     = optional(number, 90)
    scale_in_max_pct    = optional(number, 20)
    schedules = optional(map(object({
      schedule      = string # cron
      duration_sec  = number
      min_replicas  = number
      time_zone     = optional(string, "Europe/Berlin")
    })), {})
  })
  default = {
    min = 2
    max = 8
  }
}

variable "app" {
  type = object({
    port        = number
    docker_image = string
    env         = optional(map(string), {})
  })
}

variable "ops_agent" {
  type    = bool
  default = true
}

variable "network_tags" {
  type    = list(string)
  default = ["lb-backend"]
}
