trailing_comma = [1, 2, 3,]
trailing_comma_spaced = [1, 2, 3, ]
one_trailing = [1,]
newlines = [
  1,
  2,
  3
]
newlines_trailing = [
  1,
  2,
  3,
]
comma_first_line = [1, 2,
  3, 4,
  5]
bracket_on_same_line = [
  "a",
  "b"]
elements_per_line = [
  1, 2, 3,
  4, 5, 6,
]
no_spaces = [1,2,3]
blank_lines = [

  1,

  2,

]
