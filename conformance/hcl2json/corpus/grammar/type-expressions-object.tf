variable "simple_object" {
  type = object({ name = string, age = number })
}
variable "map_of_objects" {
  type = map(object({ a = string, b = optional(number, 1) }))
}
variable "multiline_object" {
  type = object({
    name    = string
    enabled = bool
    tags    = map(string)
    ports   = list(number)
  })
}
variable "nested_objects" {
  type = object({
    network = object({
      cidr    = string
      subnets = list(object({
        name = string
        cidr = string
        az   = optional(string)
      }))
    })
  })
}
variable "empty_object" {
  type = object({})
}
variable "colon_object" {
  type = object({ "quoted key": string, other: number })
}
