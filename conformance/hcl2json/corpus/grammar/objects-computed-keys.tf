paren_ref = {
  (var.key) = "value"
}
paren_call = {
  (upper("a")) = 1
  (format("%s-%s", var.a, var.b)) = 2
}
paren_expr = {
  (var.prefix) = 1
  (local.a.b) = 2
  (var.list[0]) = 3
  (var.c ? "x" : "y") = 4
}
paren_literal = {
  ("literal") = 1
  (1) = 2
}
paren_keyword = {
  (for) = 1
  (if) = 2
}
mixed = {
  plain = 1
  "quoted" = 2
  (computed) = 3
}
