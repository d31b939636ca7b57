commas = { a = 1, b = 2, c = 3 }
trailing_comma = { a = 1, b = 2, }
newlines = {
  a = 1
  b = 2
}
newlines_with_commas = {
  a = 1,
  b = 2,
}
mixed = {
  a = 1, b = 2
  c = 3
  d = 4, e = 5,
  f = 6
}
no_spaces = {a=1,b=2}
brace_same_line = {
  a = 1
  b = 2}
blank_lines = {

  a = 1


  b = 2

}
