literal = (1)
string = ("s")
template = ("${var.x}")
tuple = ([1, 2])
object = ({ a = 1 })
ref = (var.x)
call = (upper("a"))
conditional = (var.a ? 1 : 2)
for_expr = ([for x in var.l : x])
heredoc = (<<EOT
inside parens
EOT
)
spaces = (   1   )
newlines = (
  var.x
)
comments = (/* c */ 1 /* d */)
