# Unparenthesized keys that are single identifiers are taken literally;
# keys written as traversals or other expressions are still parsed.
literal_ident = {
  var = 1
  local = 2
  each = 3
}
traversal_key = {
  var.a = 1
}
number_key = {
  1 = "one"
  2.5 = "two and a half"
}
bool_and_null_keys = {
  x = 1
  true = "t"
  null = "n"
}
