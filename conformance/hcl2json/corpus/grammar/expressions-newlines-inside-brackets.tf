# Inside brackets and parentheses newlines are not significant, so operators
# and operands may be split across lines.
tuple_ops = [1
  + 2, 3
  * 4]
call_ops = max(1
  + 2, var.x
  - 1)
paren_ops = (var.a
  && var.b
  || var.c)
object_brace_positions = { b = 1
}
object_closing_same_line = {
  d = 1 }
object_for_split = { for k, v in var.m :
  k => v }
index_split = var.list[
  0
]
