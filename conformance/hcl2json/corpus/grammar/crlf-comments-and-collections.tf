// slash comment
# hash comment
/* block
   comment */
list = [
  1, # one
  2, // two
  3,
]
obj = {
  a = 1
  b = 2
}
call = max(
  1,
  2,
)
for_expr = [
  for x in var.list :
  x
  if x != null
]
