variable "list_of_strings" {
  type = list(string)
}
variable "set_of_numbers" {
  type = set(number)
}
variable "map_of_bools" {
  type = map(bool)
}
variable "list_of_any" {
  type = list(any)
}
variable "nested" {
  type = map(list(set(string)))
}
variable "tuple" {
  type = tuple([string, number, bool])
}
variable "empty_tuple" {
  type = tuple([])
}
variable "list_of_tuples" {
  type = list(tuple([string, list(number)]))
}
