a = "a $ b 100% $${x} %%{y} $$"
b = <<EOT
raw $${x} and %%{y} and ${var.z}
EOT
c = "e\u0301"
d = "${var.a}${var.b}"
e = "${var.a} "
f = " %{ if var.c }T%{ endif }"
g = "x%{for v in var.l}%{if v != ""}${v}%{endif}%{endfor}"
h = "${"lit"}"
i = "a${1.5}b${true}c${null}d"
j = [for s in var.l : upper(s) if s != ""]
k = {for k, v in var.m : k => v}
l = ["${var.x}", "plain"]
m = { "${var.k}suffix" = 1 }
n = { 1 = "one", true = "t" }
o = var.a.b[1]["c"].d
p = 5 - -3
q = "\\${not}"
