simple = <<EOT
Hello, ${var.name}!
EOT

multiple = <<EOT
${var.a}${var.b}
${var.c} and ${var.d}
EOT

expressions = <<EOT
sum: ${1 + 2}
cond: ${var.x ? "yes" : "no"}
call: ${join(", ", var.items)}
for: ${jsonencode([for i in var.items : upper(i)])}
EOT

escaped = <<EOT
literal: $${not.interpolated}
literal: %%{not a directive}
lone: $ and % and $$ and %%
EOT

nested_quotes = <<EOT
${"quoted ${var.inner} string"}
"quotes are literal in heredocs"
EOT
