template_keys = {
  "${var.a}" = 1
  "prefix-${var.b}" = 2
  "${var.c}-suffix" = 3
  "${var.d}${var.e}" = 4
  "%{if var.f}f%{else}g%{endif}" = 5
}
escaped_template_key = {
  "$${literal}" = 1
}
