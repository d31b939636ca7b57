variable "project_id" {
  type = string
}

variable "location" {
  type    = string
  default = "EU"
}

variable "name_prefix" {
  type = string
}

variable "buckets" {
  description = "Buckets keyed by suffix."
  type = map(object({
    storage_class      = optional(string, "STANDARD")
    versioning         = optional(bool, true)
    retention_days     = optional(number)
    lock_retention     = optional(bool, false)
    autoclass          = optional(bool, false)
    public_access      = optional(bool, false)
    soft_delete_days   = optional(number, 7)
    kms_key_name       = optional(string)
    log_bucket         = optional(string)
    website            = optional(object({
      main_page_suffix = optional(string, "index.html")
      not_found_page   = optional(string, "404.html")
    }))
    cors = optional(list(object({
      origins          = list(string)
      methods          = list(string)
      response_headers = optional(list(string), ["Content-Type"])
      max_age_seconds  = optional(number, 3600)
    })), [])
    lifecycle_rules = optional(list(object({
      action = object({
        type          = string
        storage_class = optional(string)
      })
      condition = object({
        age                        = optional(number)
        created_before             = optional(string)
        with_state                 = optional(string)
        matches_storage_class      = optional(list(string))
        matches_prefix             = optional(list(string))
        num_newer_versions         = optional(number)
        days_since_noncurrent_time = optional(number)
      })
    })), [])
    iam = optional(map(list(string)), {})
  }))
}

variable "labels" {
  type    = map(string)
  default = {}
}
