locals {
  # Literals
  n = -1.5e-3
  s = "caf\u00e9 ${var.x} %{if var.y}y%{endif} $${z}"
  b = !false

  # Collections
  t = [1, "two", [3], { four = 4 },]
  o = { a = 1, "b" = 2, (var.c) = 3, "${var.d}" = 4, e: 5 }

  # For expressions
  f1 = [for i, v in var.l : v * i if i > 0]
  f2 = { for k, v in var.m : upper(k) => v... if v != null }

  # Traversals and splats
  tr = var.a.b[0]["c"].d.0
  sp = var.l[*].x.y[1]
  as = var.l.*.x

  # Calls
  c1 = max(var.nums...)
  c2 = provider::aws::arn_parse(var.arn).region
  c3 = jsonencode({ for k in keys(var.m) : k => lookup(var.m, k, null) })

  # Operators and conditionals
  op = (var.a + var.b) * var.c / var.d % 2 >= 1 && !var.e || var.f == null
  cd = var.a ? var.b ? "ab" : "a" : var.c ? "c" : "none"

  # Heredoc
  h = <<-EOT
    ${local.n} %{ for x in local.t ~}
    [${jsonencode(x)}]
    %{ endfor ~}
  EOT
}
