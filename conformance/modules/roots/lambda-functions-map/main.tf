# Several small functions from one map, each a lambda module instance; settings a function does not
# give stay null and the module's defaults apply. One function is switched off with create = false.

provider "aws" {
  region = "ap-northeast-2"
}

locals {
  defaults = {
    runtime     = "nodejs22.x"
    memory_size = 256
    timeout     = 15
  }

  functions = {
    for name, f in var.functions : name => merge(local.defaults, { for k, v in f : k => v if v != null })
  }
}

module "function" {
  source   = "../../modules/lambda"
  for_each = local.functions

  create        = each.value.enabled
  function_name = "${var.prefix}-${each.key}"
  handler       = each.value.handler
  runtime       = each.value.runtime
  memory_size   = each.value.memory_size
  timeout       = each.value.timeout

  s3_existing_package = {
    bucket = var.artifact_bucket
    key    = "${each.key}/${each.value.version}.zip"
  }

  environment_variables = each.value.environment

  create_lambda_function_url = each.value.public_url
  authorization_type         = each.value.public_url ? "NONE" : "AWS_IAM"
  cors                       = each.value.public_url ? { allow_origins = ["*"] } : {}
}

variable "prefix" {
  type    = string
  default = "tools"
}

variable "artifact_bucket" {
  type    = string
  default = "example-lambda-artifacts"
}

variable "functions" {
  type = map(object({
    enabled     = optional(bool, true)
    handler     = optional(string, "index.handler")
    runtime     = optional(string)
    memory_size = optional(number)
    timeout     = optional(number)
    version     = string
    environment = optional(map(string), {})
    public_url  = optional(bool, false)
  }))
  default = {
    thumbnail = { version = "3.1.0", memory_size = 1024, timeout = 60 }
    webhook   = { version = "1.0.4", public_url = true }
    cleanup   = { version = "0.9.0", runtime = "python3.13", handler = "main.run" }
    legacy    = { version = "0.1.0", enabled = false }
  }
}

output "function_urls" {
  value = { for k, f in module.function : k => f.lambda_function_url if f.lambda_function_url != null }
}
