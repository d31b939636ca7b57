variable "s" {
  type = string
}
variable "n" {
  type = number
}
variable "b" {
  type = bool
}
variable "a" {
  type = any
}
variable "legacy_quoted" {
  type = "string"
}
variable "legacy_list" {
  type = "list"
}
