add_first = (1 + 2) * 3
sub_first = (10 - 4) / 2
or_first = (var.a || var.b) && var.c
right_grouped_sub = 10 - (3 - 2)
right_grouped_div = 100 / (10 / 5)
redundant = ((1))
redundant_many = (((((1 + 2)))))
each_side = (1 + 2) * (3 + 4)
nested = ((1 + (2 * (3 - (4 / (5 % 6))))))
compare_grouped = (1 < 2) == (3 > 4)
logic_grouped = (var.a && (var.b || (var.c && !var.d)))
paren_then_attr = (var.obj).attr
paren_then_index = (var.list)[0]
paren_multiline = (
  1 +
  2
)
operators_across_lines_in_parens = (
  var.a
  && var.b
  || var.c
)
parens_in_template = "${(1 + 2) * 3}"
