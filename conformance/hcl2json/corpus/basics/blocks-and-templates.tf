resource aws_s3_bucket b { bucket = "x" }
resource "aws_s3_bucket" "c" {}
locals { a = 1 }
locals {
  b = 2
}
block "x" "y" "z" { v = 1 }
block "x" "w" { v = 2 }
multi = foo(
  1, # comment
  2 /* inline */,
)
cond = var.a ? [
  1
] : []
nested = "outer ${"inner ${var.x}"}"
tmplcond = "${var.a ? "x" : "y"}"
tmplfor = <<EOT
%{ for k, v in var.m ~}
${k}=${v}
%{ endfor ~}
EOT
emptyh = <<EOT
EOT
u1 = "\U0001F600 \\ done"
big = 1.5e-3
ws = var.a   .   b
idx = var.m["key"]
idx2 = var.m[var.k]
splat2 = var.l[*].a.b
splat3 = var.l[*]
relt = foo()[0].x
neg = -1.5
notl = !var.x
cmp = var.a == "x" && var.b != 2 || !var.c
mod = 10 % 3
longlist = [
  "a",
  "b"
]
obj = {
  a = 1,
  b = "two"
  "c-d" = [3]
  nested = { x = null }
}
