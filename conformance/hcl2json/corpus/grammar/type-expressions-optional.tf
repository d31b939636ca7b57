variable "optionals" {
  type = object({
    required        = string
    opt_no_default  = optional(string)
    opt_string      = optional(string, "default")
    opt_number      = optional(number, 42)
    opt_bool        = optional(bool, false)
    opt_null        = optional(string, null)
    opt_list        = optional(list(string), [])
    opt_list_filled = optional(list(string), ["a", "b"])
    opt_map         = optional(map(number), { a = 1 })
    opt_object      = optional(object({
      inner = optional(number, -1)
      deep  = optional(object({ x = optional(bool, true) }), {})
    }), {})
    opt_tuple       = optional(tuple([string, number]), ["x", 1])
  })
  default = {
    required = "yes"
  }
}
