variable "complex" {
  description = "A variable with a complex type and validation."
  type = map(object({
    instance_type = string
    count         = optional(number, 1)
    tags          = optional(map(string), {})
  }))
  default   = {}
  nullable  = false
  sensitive = false

  validation {
    condition     = alltrue([for k, v in var.complex : v.count >= 0])
    error_message = "Counts must be non-negative."
  }

  validation {
    condition     = length(keys(var.complex)) < 100
    error_message = "Too many entries: ${length(keys(var.complex))}."
  }
}

output "typed" {
  value = var.complex
}
