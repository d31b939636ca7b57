variable "api_name" {
  type = string
}

variable "stage_name" {
  type    = string
  default = "$default"
}

variable "functions" {
  description = "Lambda functions keyed by logical name. source_dir is relative to the module."
  type = map(object({
    source_dir  = string
    handler     = optional(string, "index.handler")
    runtime     = optional(string, "python3.12")
    memory_size = optional(number, 256)
    timeout     = optional(number, 10)
    environment = optional(map(string), {})
    routes      = list(string) # e.g. ["GET /items", "POST /items/{id}"]
    reserved_concurrency = optional(number, -1)
    layers      = optional(list(string), [])
  }))

  validation {
    condition = alltrue(flatten([
      for f in values(var.functions) : [
        for r in f.routes : can(regex("^(ANY|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /", r)) || r == "$default"
      ]
    ]))
    error_message = "Routes must look like \"METHOD /path\" or be \"$default\"."
  }
}

variable "cors_allowed_origins" {
  type    = list(string)
  default = ["*"]
}

variable "jwt_authorizer" {
  type = object({
    issuer   = string
    audience = list(string)
  })
  default = null
}

variable "custom_domain" {
  type = object({
    domain_name     = string
    certificate_arn = string
    zone_id         = string
  })
  default = null
}

variable "log_retention_days" {
  type    = number
  default = 14
}

variable "tags" {
  type    = map(string)
  default = {}
}
