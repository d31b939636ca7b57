trailing_comma = max(1, 2, 3,)
one_arg_trailing = upper("a",)
newlines = max(
  1,
  2,
  3
)
newlines_trailing = max(
  1,
  2,
  3,
)
open_paren_args = max(1,
  2,
  3)
blank_lines = max(

  1,

  2,

)
zero_args_multiline = timestamp(
)
mixed = merge(var.a, {
  b = 1
}, var.c)
