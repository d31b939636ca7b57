a = max(
  1, # first
  2, // second
  /* third */ 3,
)

b = join(/* sep */ ",", /* list */ ["x", "y"] /* end */)

c = lookup(
  # map
  var.map,
  # key
  "key",
  # default
  null
)

d = format( /* leading */ "%s" /* mid */ , "x" /* trailing */ )
